package org.festserver.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.festserver.indexer.ingest.FestReader;
import org.festserver.indexer.testing.TestFiles;
import org.festserver.model.entry.Entry;
import org.festserver.model.medicine.Pack;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index updated from a base re-indexes only the documents that changed (R-13.1 go-live time). */
final class SearchIndexUpdateTest {
  @TempDir
  Path temp;

  private List<Entry> sample() throws Exception {
    List<Entry> entries = new ArrayList<>();
    try (FestReader reader = FestReader.open(TestFiles.copy(TestFiles.REAL_SAMPLE, temp))) {
      Entry entry;
      while ((entry = reader.next()) != null) {
        entries.add(entry);
      }
    }
    return entries;
  }

  private static int build(SearchIndexWriter writer, List<Entry> entries) throws Exception {
    try (writer) {
      for (Entry entry : entries) {
        writer.add(entry);
      }
      return writer.finish();
    }
  }

  @Test
  @DisplayName("Updating with the same entities writes no document; the index keeps the base's segment")
  void unchangedEntitiesAreNotIndexedAgain() throws Exception {
    List<Entry> entries = sample();
    int documents = build(SearchIndexWriter.create(temp.resolve("base")), entries);

    int baseSegments;
    try (SearchIndex base = SearchIndex.open(temp.resolve("base"))) {
      baseSegments = base.searcher().getIndexReader().leaves().size();
    }
    int again = build(SearchIndexWriter.update(temp.resolve("base"), temp.resolve("next")), entries);

    assertThat(again).isEqualTo(documents);
    try (SearchIndex index = SearchIndex.open(temp.resolve("next"))) {
      IndexReader reader = index.searcher().getIndexReader();
      assertThat(reader.numDocs()).isEqualTo(documents);
      assertThat(reader.maxDoc()).as("no document added or deleted").isEqualTo(documents);
      assertThat(reader.leaves()).as("no segment written").hasSize(baseSegments);
    }
    assertThat(Files.exists(temp.resolve("base").resolve("write.lock"))).isTrue();
    try (SearchIndex base = SearchIndex.open(temp.resolve("base"))) {
      assertThat(base.documents()).as("the base index is untouched").isEqualTo(documents);
    }
  }

  @Test
  @DisplayName("A renamed pack replaces its document only; a removed pack's document is deleted")
  void onlyChangedDocumentsAreReplaced() throws Exception {
    List<Entry> entries = sample();
    int documents = build(SearchIndexWriter.create(temp.resolve("base")), entries);
    List<Entry> changed = new ArrayList<>();
    Entry renamed = null;
    Entry removed = null;
    for (Entry entry : entries) {
      if (entry.entity() instanceof Pack && renamed == null) {
        Pack pack = (Pack) entry.entity();
        renamed = entry;
        changed.add(new Entry(entry.header(), entry.catalog(), new Pack(pack.id(), withName(pack), pack.itemNumber(),
            pack.eans(), pack.noPreservative(), pack.storage(), pack.packInfos(), pack.prices(), pack.marketing(),
            pack.spcSections())));
      } else if (entry.entity() instanceof Pack && removed == null) {
        removed = entry;
      } else {
        changed.add(entry);
      }
    }

    int written = build(SearchIndexWriter.update(temp.resolve("base"), temp.resolve("next")), changed);

    assertThat(written).isEqualTo(documents - 1);
    try (SearchIndex index = SearchIndex.open(temp.resolve("next"))) {
      IndexReader reader = index.searcher().getIndexReader();
      assertThat(reader.numDocs()).isEqualTo(documents - 1);
      assertThat(reader.maxDoc() - documents).as("one document added").isEqualTo(1);
      assertThat(reader.maxDoc() - reader.numDocs()).as("the old version and the removed pack deleted").isEqualTo(2);
    }
  }

  private static org.festserver.model.medicine.MedicineInfo withName(Pack pack) {
    var m = pack.medicine();
    return new org.festserver.model.medicine.MedicineInfo(m.atc(), m.nameFormStrength() + " (ny)", m.prescriptionGroup(),
        m.formShort(), m.conditionRefs(), m.productType(), m.slvApplicationType(), m.opioidApplication(),
        m.reimbursements(), m.interchangeGroup(), m.administration(), m.blackTriangle());
  }
}
