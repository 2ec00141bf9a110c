package org.festserver.indexer.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Bigger real-format files for tests that need a load to take a while (crash tests): the real sample's catalogs
 * repeated, each copy with its own ids ({@code ID_} becomes {@code ID_C<n>_}, references included).
 */
public final class LargeFiles {
  private static final Pattern CATALOG = Pattern.compile("<m30:(Kat\\w+)>(.*?)</m30:\\1>", Pattern.DOTALL);

  private LargeFiles() {}

  /** Writes a gzip M30 file with {@code copies} copies of the real sample's entries and the given HentetDato. */
  public static Path replicateRealSample(Path dir, int copies, String hentetDato) {
    Path sample = TestFiles.copy(TestFiles.REAL_SAMPLE, dir);
    Path out = dir.resolve("replicated-" + copies + ".xml.gz");
    try {
      String xml;
      try (InputStream in = new GZIPInputStream(Files.newInputStream(sample))) {
        xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      try (OutputStream file = new GZIPOutputStream(Files.newOutputStream(out), 1 << 16);
          Writer w = new java.io.OutputStreamWriter(file, StandardCharsets.UTF_8)) {
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<m30:FEST xmlns:m30=\"http://www.kith.no/xmlstds/eresept/m30/2014-12-01\">"
            + "<m30:HentetDato>" + hentetDato + "</m30:HentetDato>");
        Matcher catalog = CATALOG.matcher(xml);
        while (catalog.find()) {
          w.write("<m30:" + catalog.group(1) + ">");
          for (int copy = 0; copy < copies; copy++) {
            w.write(catalog.group(2).replace("ID_", "ID_C" + copy + "_"));
          }
          w.write("</m30:" + catalog.group(1) + ">");
        }
        w.write("</m30:FEST>\n");
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
