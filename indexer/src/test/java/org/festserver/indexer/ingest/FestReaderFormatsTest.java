package org.festserver.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.festserver.indexer.testing.TestFiles;
import org.festserver.model.codesystem.CodeSystem;
import org.festserver.model.dosage.StructuredDosage;
import org.festserver.model.entry.EntityKind;
import org.festserver.model.entry.Entry;
import org.festserver.model.entry.EntryStatus;
import org.festserver.model.interaction.Interaction;
import org.festserver.model.interaction.NotAssessed;
import org.festserver.model.medicine.Brand;
import org.festserver.model.medicine.Pack;
import org.festserver.model.medicine.UnitDose;
import org.festserver.model.reimbursement.ReimbursementBasis;
import org.festserver.model.supply.Supply;
import org.festserver.model.supply.SupplyKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The format variants a reader of real FEST files meets (FORMAT.md §0–§2). */
final class FestReaderFormatsTest {
  @TempDir Path dir;

  private record Read(String hentetDato, FestVersion version, List<Entry> entries, IngestStats stats) {
    <T> List<T> all(Class<T> type) {
      return entries.stream().map(Entry::entity).filter(type::isInstance).map(type::cast).toList();
    }
  }

  private static Read read(Path file) throws Exception {
    try (FestReader reader = FestReader.open(file)) {
      List<Entry> entries = new ArrayList<>();
      Entry entry;
      while ((entry = reader.next()) != null) {
        entries.add(entry);
      }
      return new Read(reader.hentetDato(), reader.version(), entries, reader.stats());
    }
  }

  private static String readString(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  @DisplayName("every catalog of the 2.5.1 schema is read: envelope, payload and multi-valued fields")
  void everyCatalogIsRead() throws Exception {
    Path file = TestFiles.copy("fest/examples/examples.xml", dir);
    Read read = read(file);
    assertThat(read.stats().errors()).isEmpty();
    assertThat(read.stats().unknownElements()).isEmpty();
    assertThat(read.version()).isEqualTo(FestVersion.V2_5_1);
    assertThat(read.entries()).hasSize(16);
    assertThat(read.stats().active().keySet()).contains(EntityKind.BRAND, EntityKind.PACK, EntityKind.SUBSTANCE,
        EntityKind.SUBSTANCE_STRENGTH, EntityKind.SUBSTANCE_GROUP, EntityKind.SUPPLY, EntityKind.REIMBURSEMENT,
        EntityKind.CONDITION, EntityKind.ALERT, EntityKind.CODE_SYSTEM, EntityKind.INTERCHANGE_GROUP,
        EntityKind.UNIT_DOSE, EntityKind.INTERACTION, EntityKind.INTERACTION_NOT_ASSESSED, EntityKind.STRUCTURED_DOSAGE);

    Pack pack = read.all(Pack.class).get(0);
    assertThat(pack.itemNumber()).isEqualTo("052734");
    assertThat(pack.marketing().formerItemNumber()).isEqualTo("052711");
    assertThat(pack.medicine().interchangeGroup().groupRef()).isEqualTo("ID_9E8D7C6B-5A49-4382-9170-6F5E4D3C2B1A");
    assertThat(pack.prices()).hasSize(4);

    CodeSystem atc = read.all(CodeSystem.class).get(0);
    assertThat(atc.key()).isEqualTo("2.16.578.1.12.4.1.1.7180");
    assertThat(atc.number()).isEqualTo("7180");
    assertThat(atc.elements()).singleElement().satisfies(e -> {
      assertThat(e.code()).isEqualTo("C10AA01");
      assertThat(e.terms()).extracting(t -> t.language().code()).containsExactly("NO", "EN");
    });

    Interaction interaction = read.all(Interaction.class).get(0);
    assertThat(interaction.groups()).hasSize(2);
    assertThat(interaction.groups().get(1).name()).isEqualTo("Klaritromycin");
    assertThat(interaction.groups().get(1).substances()).extracting(s -> s.atc().code()).containsExactly("J01FA09", "A02BD03");
    assertThat(interaction.references()).singleElement().satisfies(r -> assertThat(r.url()).startsWith("https://"));

    assertThat(read.all(NotAssessed.class)).singleElement().satisfies(n -> assertThat(n.atc().code()).isEqualTo("A10BX16"));
    assertThat(read.all(Supply.class)).singleElement().satisfies(s -> {
      assertThat(s.supplyKind()).isEqualTo(SupplyKind.NUTRITION);
      assertThat(s.reimbursement().groupRefs()).containsExactly("RID_131141");
    });
    assertThat(read.all(ReimbursementBasis.class)).allSatisfy(r -> assertThat(r.key()).startsWith("ID_"));
    assertThat(read.all(StructuredDosage.class)).singleElement().satisfies(d -> {
      assertThat(d.descriptionTerm()).isEqualTo("1 <dose> daglig");
      assertThat(d.steps()).singleElement().satisfies(s -> assertThat(s.dosing().fixedTimeDoses()).hasSize(1));
    });
    assertThat(read.all(UnitDose.class)).singleElement().satisfies(d -> assertThat(d.lmrNumber()).isEqualTo("1234567"));
  }

  @Test
  void everyValueOfTheSchemaExamplesComesOutInItsRecord() throws Exception {
    Path file = TestFiles.copy("fest/examples/examples.xml", dir);
    assertThat(XmlLeafCounter.mismatches(read(file).entries(), XmlLeafCounter.count(file))).isEmpty();
  }

  @Test
  @DisplayName("FEST 2.5.0 files (2013-10-08 namespaces) are read with the same bindings")
  void version250NamespacesAreRead() throws Exception {
    String v250 = readString(TestFiles.copy("fest/examples/examples.xml", dir)).replace("2014-12-01", "2013-10-08");
    Read read = read(FestFiles.xml(dir, "fest25.xml", v250));
    assertThat(read.version()).isEqualTo(FestVersion.V2_5_0);
    assertThat(read.entries()).hasSize(16);
    assertThat(read.stats().errors()).isEmpty();
    assertThat(read.stats().unknownElements()).isEmpty();
  }

  @Test
  void gzipZipAndByteOrderMarkAreAccepted() throws Exception {
    String xml = readString(TestFiles.copy("fest/examples/examples.xml", dir));
    assertThat(read(FestFiles.gzip(dir, "a.xml.gz", xml)).entries()).hasSize(16);
    assertThat(read(FestFiles.zip(dir, "fest251.zip", "fest251.xml", xml, "readme.txt", "not xml")).entries()).hasSize(16);
    assertThat(read(FestFiles.xml(dir, "bom.xml", "\uFEFF" + xml)).entries()).hasSize(16);
  }

  @Test
  @DisplayName("unknown elements are skipped and counted as a warning, never a failure")
  void unknownElementsAreSkippedAndCounted() throws Exception {
    String xml = readString(TestFiles.copy("fest/examples/examples.xml", dir))
        .replace("<Varenavn>Simvastatin Eksempel</Varenavn>",
            "<Varenavn>Simvastatin Eksempel</Varenavn><Dyreart V=\"1\" DN=\"Hund\"/><x:Extra xmlns:x=\"urn:other\">1</x:Extra>")
        .replace("<KatVirkestoff>", "<KatNy><OppfNy><Id>x</Id></OppfNy></KatNy><KatVirkestoff>");
    Read read = read(FestFiles.xml(dir, "unknown.xml", xml));
    assertThat(read.entries()).hasSize(16);
    assertThat(read.stats().errors()).isEmpty();
    assertThat(read.stats().unknownElements()).containsEntry("Dyreart", 1).containsEntry("{urn:other}Extra", 1)
        .containsEntry("KatNy", 1);
    assertThat(read.all(Brand.class)).singleElement().satisfies(b -> assertThat(b.tradeName()).isEqualTo("Simvastatin Eksempel"));
  }

  @Test
  void extractedFilesWhoseEntriesLostTheirNamespaceAreRead() throws Exception {
    String xml = FestFiles.document("2025-01-01T00:00:00",
        "<m30:KatByttegruppe xmlns:m30=\"" + FestFiles.M30 + "\"><OppfByttegruppe><Id>ID_1</Id><Tidspunkt>2025-01-01T00:00:00</Tidspunkt>"
            + "<Status V=\"A\"/><Byttegruppe><Id>ID_B</Id><Kode V=\"000543\" DN=\"ZOLMITRIPTAN\"/>"
            + "<MerknadTilByttbarhet>false</MerknadTilByttbarhet></Byttegruppe></OppfByttegruppe></m30:KatByttegruppe>");
    Read read = read(FestFiles.xml(dir, "nons.xml", xml));
    assertThat(read.entries()).singleElement().satisfies(e -> assertThat(e.entity().key()).isEqualTo("ID_B"));
  }

  @Test
  @DisplayName("R-13.1: an increment's expired entries carry only their envelope")
  void expiredEntriesCarryNoPayload() throws Exception {
    Read read = read(TestFiles.copy("fest/examples/incr.xml", dir));
    assertThat(read.entries()).hasSize(2);
    assertThat(read.entries().get(0).header().status()).isEqualTo(EntryStatus.ACTIVE);
    assertThat(read.entries().get(1).header().status()).isEqualTo(EntryStatus.EXPIRED);
    assertThat(read.entries().get(1).entity()).isNull();
    assertThat(read.entries().get(1).header().entryId()).isEqualTo("ID_1A2B3C4D-5E6F-4708-9A1B-2C3D4E5F6071");
  }

  @Test
  void catalogsThatAreNotInUseAreSkippedAndCounted() throws Exception {
    String xml = FestFiles.document("2025-01-01T00:00:00",
        "<KatDiagnose><OppfDiagnose><Id>ID_D</Id><Tidspunkt>2025-01-01T00:00:00</Tidspunkt><Status V=\"A\"/>"
            + "<Diagnose><Id>X</Id><Diagnosekode V=\"A01\"/></Diagnose></OppfDiagnose></KatDiagnose>");
    Read read = read(FestFiles.xml(dir, "diag.xml", xml));
    assertThat(read.entries()).isEmpty();
    assertThat(read.stats().skippedEntries()).containsEntry(org.festserver.model.entry.Catalog.DIAGNOSES, 1);
  }

  @Test
  void anInvalidValueIsAnEntryErrorNamingTheEntryWhileOtherEntriesLoad() throws Exception {
    String xml = FestFiles.document("2025-01-01T00:00:00",
        "<KatByttegruppe>"
            + "<OppfByttegruppe><Id>ID_1</Id><Tidspunkt>2025-01-01T00:00:00</Tidspunkt><Status V=\"A\"/><Byttegruppe>"
            + "<Id>ID_B1</Id><Kode V=\"1\"/><MerknadTilByttbarhet>false</MerknadTilByttbarhet><GyldigFraDato>2025-13-45</GyldigFraDato>"
            + "</Byttegruppe></OppfByttegruppe>"
            + "<OppfByttegruppe><Id>ID_2</Id><Tidspunkt>2025-01-01T00:00:00</Tidspunkt><Status V=\"A\"/><Byttegruppe>"
            + "<Kode V=\"2\"/><MerknadTilByttbarhet>false</MerknadTilByttbarhet></Byttegruppe></OppfByttegruppe>"
            + "<OppfByttegruppe><Id>ID_3</Id><Tidspunkt>2025-01-01T00:00:00</Tidspunkt><Status V=\"A\"/><Byttegruppe>"
            + "<Id>ID_B3</Id><Kode V=\"3\"/><MerknadTilByttbarhet>false</MerknadTilByttbarhet></Byttegruppe></OppfByttegruppe>"
            + "</KatByttegruppe>");
    Read read = read(FestFiles.xml(dir, "bad-value.xml", xml));
    assertThat(read.entries()).singleElement().satisfies(e -> assertThat(e.entity().key()).isEqualTo("ID_B3"));
    assertThat(read.stats().errorCount()).isEqualTo(2);
    assertThat(read.stats().errors().get(0)).contains("ID_1").contains("Byttegruppe/GyldigFraDato").contains("2025-13-45");
    assertThat(read.stats().errors().get(1)).contains("ID_2").contains("without its identifier");
  }
}
