package org.festserver.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.festserver.indexer.testing.TestFiles;
import org.festserver.model.entry.EntityKind;
import org.festserver.model.entry.Entry;
import org.festserver.model.interaction.Interaction;
import org.festserver.model.medicine.Brand;
import org.festserver.model.medicine.Pack;
import org.festserver.model.medicine.SubstanceGroup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real 2017 sample (403 entries of a real fest251.xml) through the real reader. */
final class FestReaderRealSampleTest {
  @TempDir static Path dir;
  static Path sample;
  static List<Entry> entries = new ArrayList<>();
  static IngestStats stats;
  static String hentetDato;

  @BeforeAll
  static void read() throws Exception {
    sample = TestFiles.copy(TestFiles.REAL_SAMPLE, dir);
    try (FestReader reader = FestReader.open(sample)) {
      hentetDato = reader.hentetDato();
      Entry entry;
      while ((entry = reader.next()) != null) {
        entries.add(entry);
      }
      stats = reader.stats();
    }
  }

  @Test
  @DisplayName("R-13.1: every entry of the real sample loads, with zero errors and exact counts per catalog")
  void realSampleLoadsWithExactCountsAndNoErrors() {
    assertThat(stats.errors()).isEmpty();
    assertThat(stats.unknownElements()).isEmpty();
    assertThat(entries).hasSize(403);
    Map<EntityKind, Integer> expected = new EnumMap<>(EntityKind.class);
    expected.put(EntityKind.BRAND, 75);
    expected.put(EntityKind.PACK, 107);
    expected.put(EntityKind.SUBSTANCE, 71);
    expected.put(EntityKind.SUBSTANCE_STRENGTH, 55);
    expected.put(EntityKind.SUBSTANCE_GROUP, 3);
    expected.put(EntityKind.REIMBURSEMENT, 26);
    expected.put(EntityKind.CONDITION, 15);
    expected.put(EntityKind.ALERT, 10);
    expected.put(EntityKind.INTERCHANGE_GROUP, 16);
    expected.put(EntityKind.INTERACTION, 25);
    assertThat(stats.active()).isEqualTo(expected);
  }

  @Test
  void hentetDatoIsKeptAsTheExactStringOfTheFile() {
    assertThat(hentetDato).isEqualTo("2017-04-12T18:26:27.336Z");
  }

  @Test
  void entryIdIsKeptApartFromTheEntityId() {
    Pack certican = packs().stream().filter(p -> p.itemNumber().equals("014884")).findFirst().orElseThrow();
    Entry entry = entries.stream().filter(e -> e.entity() == certican).findFirst().orElseThrow();
    assertThat(entry.header().entryId()).isEqualTo("ID_7B25F318-5F0E-4D95-BAD3-5722F6528424");
    assertThat(certican.id()).isEqualTo("ID_CE0BBADB-DDC1-4713-AC09-1F6A1861AE8A");
    assertThat(entry.header().timestamp()).isEqualTo("2017-01-01T00:54:56");
  }

  @Test
  void itemNumbersKeepTheirLeadingZeros() {
    assertThat(packs()).extracting(Pack::itemNumber).contains("014884").allMatch(nr -> nr.matches("\\d{6}"));
  }

  @Test
  @DisplayName("every value of every entry in the real file comes out in its record (independent XML oracle)")
  void everyEntryComesOutWithAllItsValues() throws Exception {
    assertThat(XmlLeafCounter.mismatches(entries, XmlLeafCounter.count(sample))).isEmpty();
  }

  @Test
  void packsCarryBrandsPricesAndMarketing() {
    Pack certican = packs().stream().filter(p -> p.itemNumber().equals("014884")).findFirst().orElseThrow();
    assertThat(certican.medicine().nameFormStrength()).isEqualTo("Certican Disperg tab 0,1 mg");
    assertThat(certican.medicine().atcCode()).isEqualTo("L04AA18");
    assertThat(certican.eans()).containsExactly("7046260148840");
    assertThat(certican.packInfos()).singleElement().satisfies(info -> {
      assertThat(info.brandRef()).isEqualTo("ID_F2CEF840-A295-4A7A-9CCD-5873D846C3BD");
      assertThat(info.packSize()).isEqualTo("60");
      assertThat(info.packUnit().code()).isEqualTo("stk");
    });
    assertThat(certican.prices()).extracting(p -> p.type().text()).containsExactlyInAnyOrder("Refusjonspris", "AUP", "AIP");
    assertThat(certican.marketing().marketedFrom()).hasToString("2004-07-15");
    assertThat(certican.medicine().reimbursements()).singleElement()
        .satisfies(r -> assertThat(r.groupRefs()).containsExactly("ID_F8FA8DFB-1CF5-4909-9423-EAD14A8EAB3E"));
  }

  @Test
  void everyBrandGroupAndInteractionHasItsIdentityAndNames() {
    assertThat(entries).map(Entry::entity).filteredOn(e -> e instanceof Brand).map(e -> (Brand) e)
        .allSatisfy(b -> {
          assertThat(b.id()).startsWith("ID_");
          assertThat(b.tradeName()).isNotBlank();
          assertThat(b.medicine().nameFormStrength()).isNotBlank();
          assertThat(b.medicine().prescriptionGroup().code()).isNotBlank();
        });
    assertThat(entries).map(Entry::entity).filteredOn(e -> e instanceof SubstanceGroup).map(e -> (SubstanceGroup) e)
        .allSatisfy(g -> {
          assertThat(g.brandRefs()).isNotEmpty();
          assertThat(g.packRefs()).isNotEmpty();
          assertThat(g.substancesWithStrength()).isNotEmpty();
        });
    assertThat(entries).map(Entry::entity).filteredOn(e -> e instanceof Interaction).map(e -> (Interaction) e)
        .allSatisfy(i -> {
          assertThat(i.groups()).hasSize(2);
          assertThat(i.relevance().code()).isIn("1", "2", "3");
          assertThat(i.clinicalConsequence()).isNotBlank();
          assertThat(i.groups()).allSatisfy(g -> assertThat(g.substances()).isNotEmpty());
        });
  }

  private static List<Pack> packs() {
    return entries.stream().map(Entry::entity).filter(e -> e instanceof Pack).map(e -> (Pack) e).toList();
  }
}
