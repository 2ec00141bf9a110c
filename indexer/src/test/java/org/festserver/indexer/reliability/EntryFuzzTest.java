package org.festserver.indexer.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.festserver.indexer.ingest.FestFormatException;
import org.festserver.indexer.ingest.FestReader;
import org.festserver.indexer.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 item 4: mutation fuzzing of the entry reader. Seeds are the real-format entries of the real 2017 sample
 * and the schema examples; each input is one or a few mutated entries (bytes flipped, cut, repeated, spliced with
 * XML tokens such as a DOCTYPE, an entity, CDATA ends or deep nesting) inside a real FEST header and catalog. The
 * only allowed outcomes are entries, entry errors (counted by the reader) or a {@link FestFormatException}; any other
 * exception, or a read taking longer than 30 s, fails with the input saved. Seeded ({@code -Dtests.seed=N});
 * {@code -Dfest.fuzz.iterations=N} runs longer (default 1500 in the suite).
 */
final class EntryFuzzTest {
  private static final int ITERATIONS = Integer.getInteger("fest.fuzz.iterations", 1500);
  private static final String[] TOKENS = {"<", ">", "&", "&amp;", "&#0;", "&#x110000;", "&xxe;", "]]>", "<![CDATA[",
      "<!DOCTYPE FEST [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>", "<?pi x?>", "<!--", "-->", "\"", "'",
      "<a>".repeat(100), "</Oppf>", "<Id>", "</Id>", "<Status V=\"U\"/>", "V=\"", "xmlns=\"urn:x\"", "xmlns:p=\"\"",
      "\u0000", "\uFEFF", "\uD800", "é", "9".repeat(40), "-1", "2025-13-45T99:99:99", "NaN", "1e999"};

  @TempDir
  Path temp;

  @Test
  void mutatedRealEntriesGiveOnlyEntriesEntryErrorsOrAFormatError() throws Exception {
    long seed = Long.getLong("tests.seed", System.nanoTime());
    Random random = new Random(seed);
    List<String[]> seeds = seeds();
    assertThat(seeds).hasSizeGreaterThan(100);
    int entries = 0;
    int entryErrors = 0;
    int formatErrors = 0;
    ExecutorService executor = Executors.newSingleThreadExecutor();
    try {
      for (int i = 0; i < ITERATIONS; i++) {
        String[] seedEntry = seeds.get(random.nextInt(seeds.size()));
        String body = mutate(seedEntry[1], random);
        String xml = Garbage.HEAD + "<" + seedEntry[0] + ">" + body + "</" + seedEntry[0] + "></FEST>";
        Path file = temp.resolve("fuzz.xml");
        Files.write(file, random.nextInt(20) == 0 ? mutate(xml, random).getBytes(StandardCharsets.UTF_8)
            : xml.getBytes(StandardCharsets.UTF_8));
        Future<int[]> read = executor.submit(() -> readAll(file));
        try {
          int[] outcome = read.get(30, TimeUnit.SECONDS);
          entries += outcome[0];
          entryErrors += outcome[1];
          formatErrors += outcome[2];
        } catch (TimeoutException e) {
          read.cancel(true);
          throw new AssertionError(saved(file, seed, i) + ": the read did not finish in 30 s");
        } catch (java.util.concurrent.ExecutionException e) {
          throw new AssertionError(saved(file, seed, i) + ": " + e.getCause(), e.getCause());
        }
      }
    } finally {
      executor.shutdownNow();
    }
    System.out.printf("EntryFuzzTest seed %d: %d executions, %d entries read, %d entry errors, %d format errors%n",
        seed, ITERATIONS, entries, entryErrors, formatErrors);
    assertThat(entries).as("some mutations keep entries readable").isPositive();
    assertThat(formatErrors).as("some mutations break the XML").isPositive();
  }

  /** Entries read, entry errors, format errors (0 or 1). Any other exception escapes. */
  private static int[] readAll(Path file) throws Exception {
    int entries = 0;
    try (FestReader reader = FestReader.open(file)) {
      while (true) {
        try {
          if (reader.next() == null) {
            return new int[] {entries, reader.stats().errorCount(), 0};
          }
          entries++;
        } catch (FestFormatException e) {
          assertThat(e.getMessage()).isNotBlank().doesNotContain("passwd:");
          return new int[] {entries, reader.stats().errorCount(), 1};
        }
      }
    } catch (FestFormatException e) {
      return new int[] {entries, 0, 1};
    }
  }

  private String saved(Path file, long seed, int iteration) throws Exception {
    Path kept = Path.of("target", "fuzz-failures", "seed-" + seed + "-" + iteration + ".xml");
    Files.createDirectories(kept.getParent());
    Files.copy(file, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return "seed " + seed + " iteration " + iteration + " (input kept in " + kept.toAbsolutePath() + ")";
  }

  /** Catalog element and entry text of every entry of the real sample and the schema examples. */
  private List<String[]> seeds() throws Exception {
    List<String[]> seeds = new ArrayList<>();
    for (Path file : List.of(TestFiles.copy(TestFiles.REAL_SAMPLE, temp), TestFiles.copy("fest/examples/examples.xml", temp))) {
      String xml = readText(file);
      // the real sample prefixes FEST and the catalogs (m30:), the examples use a default namespace
      Matcher catalogs = Pattern.compile("(?s)<(?:m30:)?(Kat\\w+)>(.*?)</(?:m30:)?\\1>").matcher(xml);
      while (catalogs.find()) {
        Matcher entries = Pattern.compile("(?s)<(Oppf\\w+)>.*?</\\1>").matcher(catalogs.group(2));
        while (entries.find()) {
          seeds.add(new String[] {catalogs.group(1), entries.group()});
        }
      }
    }
    return seeds;
  }

  private static String readText(Path file) throws Exception {
    byte[] bytes = Files.readAllBytes(file);
    if (bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
      try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
        bytes = in.readAllBytes();
      }
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** One to four random edits. */
  static String mutate(String text, Random random) {
    StringBuilder s = new StringBuilder(text);
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits && s.length() > 0; e++) {
      int at = random.nextInt(s.length());
      switch (random.nextInt(7)) {
        case 0:
          s.setCharAt(at, (char) random.nextInt(128));
          break;
        case 1:
          s.delete(at, Math.min(s.length(), at + 1 + random.nextInt(40)));
          break;
        case 2:
          s.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
          break;
        case 3: {
          int end = Math.min(s.length(), at + 1 + random.nextInt(200));
          String chunk = s.substring(at, end);
          s.insert(end, chunk.repeat(1 + random.nextInt(3)));
          break;
        }
        case 4:
          s.setLength(at);
          break;
        case 5: {
          int end = Math.min(s.length(), at + random.nextInt(60));
          s.replace(at, end, Integer.toString(random.nextInt()));
          break;
        }
        default: {
          int other = random.nextInt(s.length());
          int end = Math.min(s.length(), other + random.nextInt(80));
          s.insert(at, s.substring(other, end));
          break;
        }
      }
    }
    return s.toString();
  }
}
