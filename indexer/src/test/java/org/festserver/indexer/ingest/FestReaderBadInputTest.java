package org.festserver.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.festserver.indexer.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input gives a clear error naming the file and the position or entry. */
final class FestReaderBadInputTest {
  @TempDir Path dir;

  private static void readAll(Path file) throws Exception {
    readAll(file, IngestLimits.DEFAULT);
  }

  private static void readAll(Path file, IngestLimits limits) throws Exception {
    try (FestReader reader = FestReader.open(file, limits)) {
      while (reader.next() != null) {
        // drain
      }
    }
  }

  private String examples() throws IOException {
    return Files.readString(TestFiles.copy("fest/examples/examples.xml", dir), StandardCharsets.UTF_8);
  }

  @Test
  void truncatedFileIsRefusedWithItsPosition() throws Exception {
    String xml = examples();
    Path file = FestFiles.xml(dir, "truncated.xml", xml.substring(0, xml.length() / 2));
    assertThatThrownBy(() -> readAll(file))
        .isInstanceOf(FestFormatException.class)
        .hasMessageStartingWith("truncated.xml: ")
        .hasMessageContaining("line ")
        .satisfies(e -> assertThat(((FestFormatException) e).code()).isIn("xml-truncated", "xml-not-well-formed"));
  }

  @Test
  void truncatedGzipIsRefused() throws Exception {
    Path whole = FestFiles.gzip(dir, "whole.xml.gz", examples());
    byte[] bytes = Files.readAllBytes(whole);
    Path file = Files.write(dir.resolve("cut.xml.gz"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
    assertThatThrownBy(() -> readAll(file)).isInstanceOf(FestFormatException.class).hasMessageStartingWith("cut.xml.gz: ");
  }

  @Test
  void malformedXmlIsRefusedWithLineAndColumn() throws Exception {
    Path file = FestFiles.xml(dir, "malformed.xml",
        FestFiles.document("2025-01-01T00:00:00", "<KatVilkar><OppfVilkar><Id>x</Id></Oppf></KatVilkar>"));
    assertThatThrownBy(() -> readAll(file))
        .isInstanceOf(FestFormatException.class)
        .hasMessageStartingWith("malformed.xml: ")
        .hasMessageContaining("line 4")
        .satisfies(e -> assertThat(((FestFormatException) e).code()).isEqualTo("xml-not-well-formed"));
  }

  @Test
  void wrongRootElementIsRefused() throws Exception {
    Path file = FestFiles.xml(dir, "root.xml", "<?xml version=\"1.0\"?><M1 xmlns=\"urn:x\"><HentetDato>2025</HentetDato></M1>");
    assertThatThrownBy(() -> readAll(file))
        .isInstanceOf(FestFormatException.class)
        .hasMessageContaining("root.xml")
        .hasMessageContaining("expected FEST M30 root element")
        .hasMessageContaining("{urn:x}M1");
  }

  @Test
  void missingHentetDatoIsRefused() throws Exception {
    Path file = FestFiles.xml(dir, "nodate.xml", "<FEST xmlns=\"" + FestFiles.M30 + "\"><KatVilkar/></FEST>");
    assertThatThrownBy(() -> readAll(file)).isInstanceOf(FestFormatException.class).hasMessageContaining("HentetDato");
  }

  @Test
  void doctypeWithExternalEntityIsRefusedAndNeverResolved() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
    Path file = FestFiles.xml(dir, "xxe.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE FEST [<!ENTITY x SYSTEM \"" + secret.toUri()
        + "\">]>\n<FEST xmlns=\"" + FestFiles.M30 + "\"><HentetDato>&x;</HentetDato></FEST>");
    assertThatThrownBy(() -> readAll(file))
        .isInstanceOf(FestFormatException.class)
        .hasMessageContaining("xxe.xml")
        .hasMessageContaining("DOCTYPE")
        .hasMessageNotContaining("TOP-SECRET")
        .satisfies(e -> assertThat(((FestFormatException) e).code()).isEqualTo("xml-doctype"));
  }

  @Test
  void billionLaughsIsRefused() throws Exception {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE FEST [<!ENTITY l0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("]>");
    Path file = FestFiles.xml(dir, "laughs.xml", "<?xml version=\"1.0\"?>" + dtd + "<FEST xmlns=\"" + FestFiles.M30
        + "\"><HentetDato>&l9;</HentetDato></FEST>");
    assertThatThrownBy(() -> readAll(file)).isInstanceOf(FestFormatException.class).hasMessageContaining("DOCTYPE");
  }

  @Test
  void zipWithoutXmlIsRefused() throws Exception {
    Path file = FestFiles.zip(dir, "empty.zip", "readme.txt", "no xml here");
    assertThatThrownBy(() -> readAll(file))
        .isInstanceOf(FestFormatException.class)
        .hasMessage("empty.zip: expected exactly one XML file in the zip, got 0");
  }

  @Test
  void zipWithSeveralXmlFilesIsRefusedNamingThem() throws Exception {
    String xml = examples();
    Path file = FestFiles.zip(dir, "two.zip", "fest251.xml", xml, "fest251_inst.xml", xml);
    assertThatThrownBy(() -> readAll(file))
        .isInstanceOf(FestFormatException.class)
        .hasMessage("two.zip: expected exactly one XML file in the zip, got 2 [fest251.xml, fest251_inst.xml]");
  }

  @Test
  void zipEntryWithPathTraversalIsRefused() throws Exception {
    Path file = FestFiles.zip(dir, "evil.zip", "../../etc/fest251.xml", examples());
    assertThatThrownBy(() -> readAll(file))
        .isInstanceOf(FestFormatException.class)
        .hasMessageContaining("evil.zip")
        .satisfies(e -> assertThat(((FestFormatException) e).code()).isEqualTo("zip-unsafe-entry"));
  }

  /** Valid XML that inflates far beyond the ratio: a FEST document with 64 MiB of empty catalogs. */
  private static void writeBomb(OutputStream out) throws IOException {
    out.write(("<FEST xmlns=\"" + FestFiles.M30 + "\"><HentetDato>2025-01-01T00:00:00</HentetDato>").getBytes(StandardCharsets.UTF_8));
    byte[] catalogs = "<KatVilkar/>".repeat(1 << 16).getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < 86; i++) {
      out.write(catalogs);
    }
    out.write("</FEST>".getBytes(StandardCharsets.UTF_8));
  }

  private static final IngestLimits SMALL = new IngestLimits(1L << 30, 100, 1 << 20, 64, 1 << 20);

  @Test
  void zipBombIsRefused() throws Exception {
    Path file = dir.resolve("bomb.zip");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry("fest251.xml"));
      writeBomb(zip);
      zip.closeEntry();
    }
    assertThatThrownBy(() -> readAll(file, SMALL))
        .isInstanceOf(FestFormatException.class)
        .hasMessageContaining("bomb.zip")
        .hasMessageContaining("zip bomb")
        .satisfies(e -> assertThat(((FestFormatException) e).code()).isEqualTo("input-refused"));
  }

  @Test
  void gzipBombIsRefused() throws Exception {
    Path file = dir.resolve("bomb.xml.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      writeBomb(out);
    }
    assertThatThrownBy(() -> readAll(file, SMALL)).isInstanceOf(FestFormatException.class).hasMessageContaining("zip bomb");
  }

  @Test
  void decompressedSizeIsBounded() throws Exception {
    Path file = dir.resolve("big.xml.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      writeBomb(out);
    }
    IngestLimits tiny = new IngestLimits(10L << 20, 100_000, 1L << 40, 64, 1 << 20);
    assertThatThrownBy(() -> readAll(file, tiny)).isInstanceOf(FestFormatException.class).hasMessageContaining("exceeds");
  }

  @Test
  void garbageIsRefusedAtOnce() throws Exception {
    byte[] garbage = new byte[1 << 20];
    new java.util.Random(42).nextBytes(garbage);
    garbage[0] = 'x';
    Path file = Files.write(dir.resolve("garbage.bin"), garbage);
    assertThatThrownBy(() -> readAll(file)).isInstanceOf(FestFormatException.class).hasMessageStartingWith("garbage.bin: ");
  }

  @Test
  void emptyFileIsRefused() throws Exception {
    Path file = Files.write(dir.resolve("empty.xml"), new byte[0]);
    assertThatThrownBy(() -> readAll(file)).isInstanceOf(FestFormatException.class).hasMessageStartingWith("empty.xml: ");
  }

  @Test
  void deepNestingIsBounded() throws Exception {
    String deep = "<a>".repeat(200) + "</a>".repeat(200);
    Path file = FestFiles.xml(dir, "deep.xml", FestFiles.document("2025-01-01T00:00:00", "<KatVilkar>" + deep + "</KatVilkar>"));
    assertThatThrownBy(() -> readAll(file)).isInstanceOf(FestFormatException.class).hasMessageContaining("deep.xml");
  }

  @Test
  void hugeTextNodeIsBounded() throws Exception {
    String huge = "x".repeat(2 << 20);
    Path file = FestFiles.xml(dir, "huge.xml", FestFiles.document("2025-01-01T00:00:00",
        "<KatVilkar><OppfVilkar><Id>ID_1</Id><Tidspunkt>2025-01-01T00:00:00</Tidspunkt><Status V=\"A\"/><Vilkar><Id>V</Id><Tekst>"
            + huge + "</Tekst></Vilkar></OppfVilkar></KatVilkar>"));
    assertThatThrownBy(() -> readAll(file, SMALL)).isInstanceOf(FestFormatException.class).hasMessageContaining("huge.xml");
  }
}
