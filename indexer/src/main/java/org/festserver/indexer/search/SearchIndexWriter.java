package org.festserver.indexer.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.festserver.model.entry.Entry;
import org.festserver.model.entry.FestEntity;
import org.festserver.model.medicine.Brand;
import org.festserver.model.medicine.MedicineInfo;
import org.festserver.model.medicine.Pack;
import org.festserver.model.medicine.SubstanceGroup;
import org.festserver.model.medicine.UnitDose;
import org.festserver.model.substance.Substance;
import org.festserver.model.supply.Supply;

/** Builds the search index of a dataset under construction, one document per searchable entity. */
public final class SearchIndexWriter implements Closeable {
  private final FSDirectory directory;
  private final IndexWriter writer;
  private int documents;

  private SearchIndexWriter(FSDirectory directory, IndexWriter writer) {
    this.directory = directory;
    this.writer = writer;
  }

  /** Creates a new, empty index in a directory. */
  public static SearchIndexWriter create(Path indexDir) throws IOException {
    FSDirectory directory = FSDirectory.open(indexDir);
    IndexWriterConfig config = new IndexWriterConfig(analyzer())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
        .setRAMBufferSizeMB(64);
    return new SearchIndexWriter(directory, new IndexWriter(directory, config));
  }

  static Analyzer analyzer() {
    return new StandardAnalyzer(CharArraySet.EMPTY_SET);
  }

  /** Adds the entity of an active entry when it is searchable. */
  public void add(Entry entry) throws IOException {
    FestEntity entity = entry.entity();
    switch (entity.kind()) {
      case SUBSTANCE_GROUP:
        medicine(entity, ((SubstanceGroup) entity).medicine());
        break;
      case BRAND: {
        Brand brand = (Brand) entity;
        medicine(entity, brand.medicine(), brand.tradeName());
        break;
      }
      case PACK: {
        Pack pack = (Pack) entity;
        List<String> numbers = new ArrayList<>(pack.eans());
        numbers.add(pack.itemNumber());
        if (pack.marketing() != null && pack.marketing().formerItemNumber() != null) {
          numbers.add(pack.marketing().formerItemNumber());
        }
        medicine(entity, pack.medicine(), numbers.toArray(new String[0]));
        break;
      }
      case UNIT_DOSE:
        medicine(entity, ((UnitDose) entity).medicine());
        break;
      case SUBSTANCE: {
        Substance substance = (Substance) entity;
        add(entity, substance.name(), null, substance.nameEnglish());
        break;
      }
      case SUPPLY: {
        Supply supply = (Supply) entity;
        add(entity, supply.name(), null, supply.number());
        break;
      }
      default:
        break;
    }
  }

  private void medicine(FestEntity entity, MedicineInfo medicine, String... moreText) throws IOException {
    add(entity, medicine.nameFormStrength(), medicine.atcCode(), moreText);
  }

  private void add(FestEntity entity, String name, String atc, String... moreText) throws IOException {
    Document doc = new Document();
    doc.add(new StringField(SearchFields.KIND, entity.kind().name(), Field.Store.YES));
    doc.add(new StringField(SearchFields.ID, entity.key(), Field.Store.YES));
    if (name != null) {
      doc.add(new TextField(SearchFields.NAME, name, Field.Store.YES));
      doc.add(new TextField(SearchFields.TEXT, name, Field.Store.NO));
    }
    if (atc != null) {
      doc.add(new StringField(SearchFields.ATC, atc, Field.Store.YES));
    }
    for (String text : moreText) {
      if (text != null) {
        doc.add(new TextField(SearchFields.TEXT, text, Field.Store.NO));
      }
    }
    writer.addDocument(doc);
    documents++;
  }

  /** Commits and closes the index; returns the number of documents. */
  public int finish() throws IOException {
    writer.forceMerge(1);
    writer.commit();
    close();
    return documents;
  }

  /** Closes the index; without {@link #finish()} first, everything added is discarded. */
  @Override
  public void close() throws IOException {
    try {
      if (writer.isOpen()) {
        writer.rollback();
      }
    } finally {
      directory.close();
    }
  }
}
