package org.festserver.tools.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.festserver.tools.ToolsMain;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Determinism, output formats, counts per scale and referential integrity of generated files. */
final class GeneratorOutputTest {

  /** Elements that are IDREFs in the strict XSD. */
  private static final Set<String> REFS = Set.of("RefVilkar", "RefRefusjonsgruppe", "RefByttegruppe",
      "RefLegemiddelMerkevare", "RefPakning", "RefVirkestoff", "RefVirkestoffMedStyrke", "RefElement",
      "Refvirkestoff", "RefBlandingsveske", "ParentId");

  // ------------------------------------------------------------------------------------------ determinism

  @Test
  @DisplayName("Same scale, seed and options give byte-identical files")
  void sameSeedGivesIdenticalBytes() throws IOException {
    Path first = TestFiles.standard();
    Path second = TestFiles.dir().resolve("again.xml");
    FestGenerator.generate(GeneratorOptions.of(TestFiles.SCALE, TestFiles.SEED), second, null);
    assertThat(Files.mismatch(first, second)).isEqualTo(-1L);
  }

  @Test
  @DisplayName("Another JVM writes the same bytes (no identity-hash or hash-map order leaks into the output)")
  void anotherJvmWritesTheSameBytes() throws Exception {
    Path out = TestFiles.dir().resolve("child-jvm.xml");
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(javaBin, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        "org.festserver.tools.ToolsMain", "generate", "--scale", "0.2", "--seed", String.valueOf(TestFiles.SEED),
        "--out", out.toString()).redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(log).isZero();
    Path here = TestFiles.full(0.2, TestFiles.SEED, FestVersion.V2_5_1, ".xml");
    assertThat(Files.mismatch(here, out)).isEqualTo(-1L);
  }

  @Test
  @DisplayName("Another seed gives a different file")
  void otherSeedGivesADifferentFile() throws IOException {
    Path other = TestFiles.full(TestFiles.SCALE, TestFiles.SEED + 1, FestVersion.V2_5_1, ".xml");
    assertThat(Files.mismatch(TestFiles.standard(), other)).isNotEqualTo(-1L);
  }

  @Test
  @DisplayName("Compressed outputs are deterministic too")
  void compressedOutputsAreDeterministic() throws IOException {
    for (String ext : List.of(".xml.gz", ".zip")) {
      Path a = TestFiles.full(TestFiles.SCALE, TestFiles.SEED, FestVersion.V2_5_1, ext);
      Path b = TestFiles.dir().resolve("again" + ext);
      FestGenerator.generate(GeneratorOptions.of(TestFiles.SCALE, TestFiles.SEED), b, null);
      assertThat(Files.mismatch(a, b)).as(ext).isEqualTo(-1L);
    }
  }

  // ------------------------------------------------------------------------------------------ formats

  @Test
  @DisplayName(".xml.gz is gzip of exactly the .xml bytes")
  void gzipOutputContainsTheXml() throws IOException {
    Path gz = TestFiles.full(TestFiles.SCALE, TestFiles.SEED, FestVersion.V2_5_1, ".xml.gz");
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
      assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(TestFiles.standard()));
    }
  }

  @Test
  @DisplayName(".zip has one entry fest251.xml with the .xml bytes (FORMAT.md §1.1)")
  void zipOutputHasOneEntryFest251() throws IOException {
    Path zip = TestFiles.full(TestFiles.SCALE, TestFiles.SEED, FestVersion.V2_5_1, ".zip");
    List<String> names = new ArrayList<>();
    byte[] content = null;
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        names.add(e.getName());
        content = in.readAllBytes();
      }
    }
    assertThat(names).containsExactly("fest251.xml");
    assertThat(content).isEqualTo(Files.readAllBytes(TestFiles.standard()));
  }

  @Test
  @DisplayName("The root declares the M30 default namespace and xsd/xsi; UTF-8, 2-space indentation")
  void rootAndPrettyPrinting() throws IOException {
    EntryScan scan = EntryScan.scan(TestFiles.standard(), (c, e) -> { });
    assertThat(scan.rootNamespace).isEqualTo(FestVersion.V2_5_1.m30Namespace());
    assertThat(scan.rootNamespaceDeclarations).containsEntry("", FestVersion.V2_5_1.m30Namespace())
        .containsEntry("xsd", "http://www.w3.org/2001/XMLSchema")
        .containsEntry("xsi", "http://www.w3.org/2001/XMLSchema-instance");
    List<String> lines = Files.readAllLines(TestFiles.standard());
    assertThat(lines.get(0)).isEqualTo("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
    assertThat(lines.get(2)).isEqualTo("  <HentetDato>2026-11-01T03:10:22</HentetDato>");
    assertThat(lines).contains("      <Status V=\"A\" DN=\"Aktiv oppføring\" />");
    assertThat(scan.catalogs).containsExactly("KatLegemiddelMerkevare", "KatLegemiddelpakning", "KatVirkestoff",
        "KatLegemiddelVirkestoff", "KatHandelsvare", "KatRefusjon", "KatVilkar", "KatVarselSlv", "KatKodeverk",
        "KatByttegruppe", "KatLegemiddeldose", "KatInteraksjon", "KatStrDosering");
  }

  @Test
  @DisplayName("The command line writes a file and rejects unknown extensions")
  void commandLineGeneratesAndValidatesItsArguments() throws IOException {
    Path out = TestFiles.dir().resolve("cli.xml");
    int code = ToolsMain.commandLine().execute("generate", "--scale", "0.002", "--seed", "5", "--out",
        out.toString(), "--hentet-dato", "2026-11-01T03:10:22");
    assertThat(code).isZero();
    assertThat(Files.size(out)).isPositive();
    assertThatThrownBy(() -> FestGenerator.generate(GeneratorOptions.of(0.01, 1), TestFiles.dir().resolve("x.txt"),
        null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".xml, .xml.gz or .zip");
    assertThatThrownBy(() -> GeneratorOptions.of(0, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("FEST 2.5.0 files use the 2013-10-08 namespaces and leave out what 2.5.0 lacks (FORMAT.md §1.2)")
  void fest250LeavesOutTheAdditionsOf251() throws IOException {
    Path file = TestFiles.full(TestFiles.SCALE, TestFiles.SEED, FestVersion.V2_5_0, ".xml");
    String xml = Files.readString(file);
    for (String element : List.of("<SvartTrekant", "<SortertVirkestoffUtenStyrke>", "<NavnEngelsk>",
        "<ForskrivningsenhetResept", "<EnhetOrdinering", "<OmpakkerAvEndose>", "2014-12-01")) {
      assertThat(xml).as(element).doesNotContain(element);
    }
    assertThat(xml).contains("<Refvirkestoff>", FestVersion.V2_5_0.m30Namespace(),
        FestVersion.V2_5_0.forskrivningNamespace());
    M30File f = M30File.of(file);
    assertThat(f.packs()).allMatch(p -> p.all("Ean").size() <= 1);
    assertThat(f.groups()).allMatch(g -> g.all("RefLegemiddelMerkevare").isEmpty() && g.all("RefPakning").isEmpty());
    assertThat(f.payloads("KatVirkestoff", "Virkestoff")).allMatch(v -> v.all("Refusjon").isEmpty());
  }

  // ------------------------------------------------------------------------------------------ counts

  @Test
  @DisplayName("Entry counts scale linearly (0.05 vs 0.2) and hit the targets of the big catalogs exactly")
  void countsScaleLinearly() {
    Map<String, Integer> small = counts(TestFiles.standard());
    Map<String, Integer> large = counts(TestFiles.full(0.2, TestFiles.SEED, FestVersion.V2_5_1, ".xml"));
    for (String catalog : List.of("KatLegemiddelMerkevare", "KatLegemiddelpakning", "KatVirkestoff",
        "KatLegemiddelVirkestoff", "KatHandelsvare", "KatByttegruppe", "KatLegemiddeldose", "KatInteraksjon",
        "KatRefusjon", "KatStrDosering")) {
      double ratio = (double) large.get(catalog) / small.get(catalog);
      assertThat(ratio).as("%s: %d at 0.05, %d at 0.2", catalog, small.get(catalog), large.get(catalog))
          .isBetween(3.2, 4.8);
    }
    assertThat(large.get("KatLegemiddelMerkevare")).isEqualTo(1800);
    assertThat(large.get("KatLegemiddelpakning")).isEqualTo(2160);
    assertThat(large.get("KatLegemiddelVirkestoff")).isEqualTo(440);
    assertThat(large.get("KatLegemiddeldose")).isEqualTo(1900);
    assertThat(large.get("KatVirkestoff")).isEqualTo(1720 + 1540);
    assertThat(large.get("KatHandelsvare")).isEqualTo(1200);
    assertThat(large.get("KatInteraksjon")).isEqualTo(2200 + 90);
  }

  // ------------------------------------------------------------------------------------------ integrity

  @Test
  @DisplayName("Ids are unique, every reference resolves, a full file has only status A and entries registered "
      + "before HentetDato (FORMAT.md §2)")
  void idsAreUniqueAndReferencesResolve() {
    M30File f = M30File.of(TestFiles.standard());
    Map<String, Integer> ids = new HashMap<>();
    List<String> refs = new ArrayList<>();
    Set<String> statuses = new HashSet<>();
    java.time.LocalDateTime hentet = java.time.LocalDateTime.parse(f.scan.hentetDato);
    for (List<Node> entries : f.entries.values()) {
      for (Node e : entries) {
        statuses.add(e.status());
        collect(e, false, ids, refs);
        assertThat(java.time.LocalDateTime.parse(e.text("Tidspunkt"))).isBefore(hentet);
      }
    }
    assertThat(statuses).containsExactly("A");
    assertThat(ids.entrySet()).allMatch(x -> x.getValue() == 1);
    assertThat(refs).isNotEmpty().allMatch(ids::containsKey);
  }

  @Test
  @DisplayName("Forskrivning payloads re-declare their namespace; m30 payloads stay in the m30 namespace")
  void payloadNamespaces() {
    M30File f = M30File.of(TestFiles.standard());
    Set<String> fs = Set.of("LegemiddelMerkevare", "Legemiddelpakning", "Virkestoff", "VirkestoffMedStyrke",
        "LegemiddelVirkestoff", "Legemiddeldose", "Naringsmiddel", "MedForbMatr", "Brystprotese");
    for (List<Node> entries : f.entries.values()) {
      for (Node e : entries) {
        Node p = e.payload();
        String expected = fs.contains(p.name) ? FestVersion.V2_5_1.forskrivningNamespace()
            : FestVersion.V2_5_1.m30Namespace();
        assertThat(p.namespace).as(p.name).isEqualTo(expected);
        assertThat(e.namespace).isEqualTo(FestVersion.V2_5_1.m30Namespace());
      }
    }
  }

  private static void collect(Node n, boolean underInfo, Map<String, Integer> ids, List<String> refs) {
    if (n.name.equals("Id") && !underInfo) {
      ids.merge(n.text, 1, Integer::sum);
    }
    if (REFS.contains(n.name)) {
      refs.add(n.text);
    }
    for (Node c : n.children) {
      collect(c, n.name.equals("Info"), ids, refs);
    }
  }

  static Map<String, Integer> counts(Path file) {
    Map<String, Integer> out = new HashMap<>();
    EntryScan.scan(file, (catalog, entry) -> out.merge(catalog, 1, Integer::sum));
    return out;
  }
}
