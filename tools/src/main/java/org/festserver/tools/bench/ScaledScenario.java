package org.festserver.tools.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a large M30 file by repeating the reimbursement scenario ({@code fest/reimbursement/reimbursement.xml} of
 * the server tests) {@code copies} times with distinct ids, item numbers and ATC families, for benchmarks while no
 * generated file is at hand. 1,700 copies give 62,901 entries (37 per copy), about 0.9 of a full Rekvirent file; its
 * reimbursement, condition and alert catalogs are denser than a real file's, which makes the indexes larger, not
 * smaller.
 */
final class ScaledScenario {
  static final String RESOURCE = "server/src/test/resources/fest/reimbursement/reimbursement.xml";
  private static final String[] CATALOGS = {
    "KatLegemiddelMerkevare", "KatLegemiddelpakning", "KatLegemiddelVirkestoff", "KatHandelsvare", "KatRefusjon",
    "KatVilkar", "KatVarselSlv"
  };
  private static final Pattern ITEM_NUMBER = Pattern.compile("<(Varenr|VarenrUtgaende|Nr)>(\\d+)</");

  private ScaledScenario() {}

  /** Writes the scaled file into {@code dir} and returns it. */
  static Path write(int copies, Path dir) {
    String template = read(locate());
    Path file = dir.resolve("scaled-reimbursement-" + copies + ".xml");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      int root = template.indexOf("<KatLegemiddelMerkevare>");
      out.write(template, 0, root);
      for (String catalog : CATALOGS) {
        String body = inner(template, catalog);
        out.write("  <" + catalog + ">\n");
        for (int copy = 0; copy < copies; copy++) {
          out.write(renumber(body, copy));
        }
        out.write("  </" + catalog + ">\n");
      }
      out.write("  <KatKodeverk>\n" + inner(template, "KatKodeverk") + "  </KatKodeverk>\n</FEST>\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  private static String renumber(String body, int copy) {
    String prefix = String.format(Locale.ROOT, "C%05d_", copy);
    String text = body
        .replace(">ID_", ">ID_" + prefix)
        .replace(">RID_", ">RID_" + prefix)
        .replace("V=\"C10A", "V=\"Q" + copy + "C10A")
        .replace("V=\"N02A", "V=\"Q" + copy + "N02A");
    Matcher matcher = ITEM_NUMBER.matcher(text);
    StringBuilder result = new StringBuilder(text.length() + 64);
    while (matcher.find()) {
      long number = Long.parseLong(matcher.group(2)) % 100 + 100L * (copy + 1);
      matcher.appendReplacement(result, "<" + matcher.group(1) + ">" + String.format(Locale.ROOT, "%07d", number) + "</");
    }
    matcher.appendTail(result);
    return result.toString();
  }

  private static String inner(String xml, String element) {
    int start = xml.indexOf("<" + element + ">");
    int end = xml.indexOf("</" + element + ">");
    if (start < 0 || end < 0) {
      throw new IllegalStateException("the scenario has no " + element);
    }
    return xml.substring(xml.indexOf('\n', start) + 1, end);
  }

  private static Path locate() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(RESOURCE);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(RESOURCE + " not found above " + Path.of("").toAbsolutePath() + "; run from the checkout");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
