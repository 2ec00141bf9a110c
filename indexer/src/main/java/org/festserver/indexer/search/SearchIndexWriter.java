package org.festserver.indexer.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.festserver.indexer.search.CatalogGraph.BrandNode;
import org.festserver.indexer.search.CatalogGraph.DoseNode;
import org.festserver.indexer.search.CatalogGraph.GroupNode;
import org.festserver.indexer.search.CatalogGraph.PackNode;
import org.festserver.model.catalog.NameOrder;
import org.festserver.model.codesystem.CodeSystem;
import org.festserver.model.codesystem.CodeSystemElement;
import org.festserver.model.codesystem.Term;
import org.festserver.model.entry.Entry;
import org.festserver.model.entry.FestEntity;
import org.festserver.model.medicine.Brand;
import org.festserver.model.medicine.Pack;
import org.festserver.model.medicine.SubstanceGroup;
import org.festserver.model.medicine.UnitDose;
import org.festserver.model.substance.Substance;
import org.festserver.model.substance.SubstanceStrength;
import org.festserver.model.supply.Supply;

/**
 * Builds the search index of a dataset under construction. Entities that need no join (packs, substances, trade
 * goods, ATC codes) are written as they arrive; the other medicines are collected in a {@link CatalogGraph} and
 * written by {@link #finish()}, once their substances, brands and packs are known.
 */
public final class SearchIndexWriter implements Closeable {
  /** Code system of ATC codes. */
  public static final String ATC_CODE_SYSTEM = "7180";

  private static final FieldType PREFIX_TYPE = prefixType();
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SearchIndexWriter.class);

  private final FSDirectory directory;
  private final IndexWriter writer;
  private final IndexDelta delta;
  private final CatalogGraph graph = new CatalogGraph();
  private final java.util.concurrent.ConcurrentHashMap<String, byte[]> collationKeys = new java.util.concurrent.ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicInteger documents = new java.util.concurrent.atomic.AtomicInteger();

  private SearchIndexWriter(FSDirectory directory, IndexWriter writer, IndexDelta delta) {
    this.directory = directory;
    this.writer = writer;
    this.delta = delta;
  }

  /** Creates a new, empty index in a directory. */
  public static SearchIndexWriter create(Path indexDir) throws IOException {
    FSDirectory directory = FSDirectory.open(indexDir);
    return new SearchIndexWriter(directory, new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE)),
        IndexDelta.full());
  }

  /**
   * Creates the index of a new dataset in {@code indexDir} starting from the finished index in {@code baseIndexDir},
   * which is only read: documents written as in a full build, but only those that differ from the base are indexed
   * again ({@link IndexDelta}). The result has the same documents as {@link #create} fed the same entities.
   */
  public static SearchIndexWriter update(Path baseIndexDir, Path indexDir) throws IOException {
    IndexDelta.linkFiles(baseIndexDir, indexDir);
    FSDirectory directory = FSDirectory.open(indexDir);
    IndexWriter writer = null;
    try {
      IndexDelta delta;
      try {
        writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.APPEND));
        delta = IndexDelta.update(writer);
      } catch (IllegalArgumentException e) {
        // a base written before the index was sorted: its order cannot change, so write every document again
        writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE));
        delta = IndexDelta.full();
      }
      if (delta == null) {
        writer.deleteAll(); // a base written before documents had keys: write every document again
        delta = IndexDelta.full();
      }
      return new SearchIndexWriter(directory, writer, delta);
    } catch (IOException | RuntimeException e) {
      if (writer != null) {
        writer.rollback();
      }
      directory.close();
      throw e;
    }
  }


  private static IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
    return new IndexWriterConfig(SearchAnalyzers.indexAnalyzer()).setOpenMode(mode).setRAMBufferSizeMB(64)
        // Documents stored in result order: a search visits hits in that order, so once the first page is full no
        // later hit enters it, and the sort key of a hit (an LZ4 block of doc values) is read only for that page.
        // Without it, typeahead on a cold cache spent two thirds of its time reading sort keys of passing hits.
        .setIndexSort(ProductSearcher.ORDER);
  }

  private static FieldType prefixType() {
    FieldType type = new FieldType();
    type.setIndexOptions(IndexOptions.DOCS);
    type.setTokenized(true);
    type.setOmitNorms(true);
    type.setStored(false);
    type.freeze();
    return type;
  }

  /** Takes in the entity of an active entry. */
  public void add(Entry entry) throws IOException {
    FestEntity entity = entry.entity();
    switch (entity.kind()) {
      case BRAND:
        graph.brand((Brand) entity);
        break;
      case PACK:
        // a pack's document needs nothing from other entities: written now, while the reading thread is the bottleneck
        writePack(graph.pack((Pack) entity));
        break;
      case SUBSTANCE_GROUP:
        graph.group((SubstanceGroup) entity);
        break;
      case UNIT_DOSE:
        graph.dose((UnitDose) entity);
        break;
      case SUBSTANCE_STRENGTH:
        graph.strength((SubstanceStrength) entity);
        break;
      case SUBSTANCE: {
        Substance substance = (Substance) entity;
        graph.substance(substance);
        String name = substance.name() != null ? substance.name() : substance.nameEnglish();
        write(doc(SearchKind.SUBSTANCE, substance.id(), name, null, CatalogGraph.UNLIMITED,
            texts(substance.name(), substance.nameEnglish())));
        break;
      }
      case SUPPLY: {
        Supply supply = (Supply) entity;
        Document doc = doc(SearchKind.SUPPLY, supply.number(), supply.name(), null, CatalogGraph.UNLIMITED,
            texts(supply.name(), supply.number()));
        doc.add(new StoredField(SearchFields.ITEM_NUMBER, supply.number()));
        write(doc);
        break;
      }
      case CODE_SYSTEM: {
        CodeSystem system = (CodeSystem) entity;
        if (ATC_CODE_SYSTEM.equals(system.number())) {
          for (CodeSystemElement element : system.elements()) {
            atc(element);
          }
        }
        break;
      }
      default:
        break;
    }
  }

  private void atc(CodeSystemElement element) throws IOException {
    if (element.code() == null) {
      return;
    }
    List<String> texts = texts(element.code());
    String norwegian = null;
    for (Term term : element.terms()) {
      texts.add(term.term());
      String language = term.language() == null ? null : term.language().code();
      if (norwegian == null && (language == null || "NO".equalsIgnoreCase(language))) {
        norwegian = term.term();
      }
    }
    write(doc(SearchKind.ATC, element.code(), norwegian == null ? element.code() : norwegian, element.code(),
        CatalogGraph.UNLIMITED, texts));
  }

  /**
   * Writes the medicines that need joins (brands, substance groups, unit doses), commits and closes the index; returns
   * the number of documents. Two threads (this one and one more) take the documents from one shared queue, so that
   * both cores index until the end (the graph is only read now, and Lucene's writer takes documents from several
   * threads).
   */
  public int finish() throws IOException {
    long started = System.nanoTime();
    Map<String, List<BrandNode>> brandsByGroup = graph.brandsByGroup();
    List<Object> nodes = new ArrayList<>(graph.groups.size() + graph.brands.size() + graph.doses.size());
    nodes.addAll(graph.groups);
    nodes.addAll(graph.brands);
    nodes.addAll(graph.doses);
    java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
    Runnable work = () -> {
      try {
        int i;
        while (failure.get() == null && (i = next.getAndIncrement()) < nodes.size()) {
          Object node = nodes.get(i);
          if (node instanceof GroupNode) {
            writeGroup((GroupNode) node, brandsByGroup);
          } else if (node instanceof BrandNode) {
            writeBrand((BrandNode) node);
          } else {
            writeDose((DoseNode) node);
          }
        }
        if (failure.get() == null) {
          // each thread writes one in-memory segment to disk, so that both cores flush instead of one at commit
          writer.flushNextBuffer();
        }
      } catch (Throwable t) {
        failure.compareAndSet(null, t);
      }
    };
    Thread second = new Thread(work, "fest-index");
    second.start();
    try {
      work.run();
    } finally {
      try {
        second.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while indexing", e);
      }
    }
    Throwable failed = failure.get();
    if (failed instanceof IOException) {
      throw (IOException) failed;
    } else if (failed instanceof RuntimeException) {
      throw (RuntimeException) failed;
    } else if (failed != null) {
      throw new IOException("indexing failed", failed);
    }
    long written = System.nanoTime();
    delta.finish(writer);
    delta.merge(writer);
    writer.commit();
    close();
    LOG.debug("search index: {} medicines written and flushed in {} ms, committed in {} ms", nodes.size(),
        (written - started) / 1_000_000, (System.nanoTime() - written) / 1_000_000);
    return documents.get();
  }

  private void writeGroup(GroupNode group, Map<String, List<BrandNode>> brandsByGroup) throws IOException {
    List<String> texts = texts(group.name(), group.atc());
    texts.addAll(graph.substanceNames(group.strengthRefs(), group.substanceRefs()));
    long lastSale = group.packRefs().isEmpty() ? Long.MIN_VALUE : graph.packsLastSaleDay(group.packRefs());
    List<BrandNode> brands = brandsByGroup.getOrDefault(group.id(), List.of());
    for (BrandNode brand : brands) {
      texts.add(brand.tradeName()); // a brand name finds the brand's substance groups
      lastSale = Math.max(lastSale, graph.brandLastSaleDay(brand.id()));
    }
    if (lastSale == Long.MIN_VALUE) {
      lastSale = CatalogGraph.UNLIMITED;
    }
    write(doc(SearchKind.SUBSTANCE_GROUP, group.id(), group.name(), group.atc(), lastSale, texts));
  }

  private void writeBrand(BrandNode brand) throws IOException {
    List<String> texts = texts(brand.name(), brand.tradeName(), brand.atc());
    texts.addAll(graph.substanceNames(brand.strengthRefs(), brand.substanceRefs()));
    write(doc(SearchKind.BRAND, brand.id(), brand.name(), brand.atc(), graph.brandLastSaleDay(brand.id()), texts));
  }

  private void writePack(PackNode pack) throws IOException {
    List<String> texts = texts(pack.name(), pack.itemNumber(), pack.formerItemNumber(), pack.atc(), pack.packSize());
    texts.addAll(pack.eans());
    Document doc = doc(SearchKind.PACK, pack.id(), pack.name(), pack.atc(), pack.lastSaleDay(), texts,
        tieBreak(pack.itemNumber(), pack.id()));
    doc.add(new StoredField(SearchFields.ITEM_NUMBER, pack.itemNumber()));
    if (pack.packSize() != null) {
      doc.add(new StoredField(SearchFields.PACK_SIZE, pack.packSize()));
    }
    storeDay(doc, SearchFields.MARKETED_FROM, pack.marketedFrom());
    storeDay(doc, SearchFields.DEREGISTERED, pack.deregistered());
    storeDay(doc, SearchFields.WITHDRAWN, pack.withdrawn());
    write(doc);
  }

  private void writeDose(DoseNode dose) throws IOException {
    List<String> texts = texts(dose.name(), dose.lmrNumber(), dose.atc());
    write(doc(SearchKind.UNIT_DOSE, dose.id(), dose.name(), dose.atc(), graph.packsLastSaleDay(dose.packRefs()), texts));
  }

  private static void storeDay(Document doc, String field, LocalDate day) {
    if (day != null) {
      doc.add(new StoredField(field, day.toEpochDay()));
    }
  }

  private static List<String> texts(String... values) {
    List<String> texts = new ArrayList<>(values.length + 4);
    for (String value : values) {
      if (value != null) {
        texts.add(value);
      }
    }
    return texts;
  }

  private Document doc(SearchKind kind, String id, String name, String atc, long lastSaleDay, List<String> texts) {
    return doc(kind, id, name, atc, lastSaleDay, texts, id);
  }

  /** Packs of the same name list by varenummer (as a number), then id. */
  private static String tieBreak(String itemNumber, String id) {
    String digits = itemNumber == null ? "" : itemNumber;
    return "0".repeat(Math.max(0, 12 - digits.length())) + digits + " " + id;
  }

  private Document doc(SearchKind kind, String id, String name, String atc, long lastSaleDay, List<String> texts,
      String tieBreak) {
    Document doc = new Document();
    doc.add(new StringField(SearchFields.KIND, kind.code(), Field.Store.YES));
    doc.add(new StringField(SearchFields.ID, id, Field.Store.YES));
    String display = name == null ? id : name;
    doc.add(new StoredField(SearchFields.NAME, display));
    if (atc != null) {
      doc.add(new StoredField(SearchFields.ATC, atc));
    }
    // ATC codes list in code order (the hierarchy), everything else by name
    String ordered = kind == SearchKind.ATC ? id : display;
    // packs, brands and unit doses of one product share a name: its collation key is computed once
    byte[] collation = collationKeys.computeIfAbsent(ordered, NameOrder::sortKey);
    doc.add(new SortedDocValuesField(SearchFields.SORT, sortKey(kind, collation, tieBreak)));
    doc.add(new LongPoint(SearchFields.LAST_SALE_DAY, lastSaleDay));
    for (String text : texts) {
      if (text != null && !text.isBlank()) {
        doc.add(new Field(SearchFields.PREFIX_RAW, text, PREFIX_TYPE));
        doc.add(new Field(SearchFields.PREFIX_FOLDED, text, PREFIX_TYPE));
      }
    }
    return doc;
  }

  /**
   * Kind rank, then the Norwegian collation key of the name, then a tie-break ending in the id: unique and
   * totally ordered.
   */
  static BytesRef sortKey(SearchKind kind, String name, String id) {
    return sortKey(kind, NameOrder.sortKey(name), id);
  }

  private static BytesRef sortKey(SearchKind kind, byte[] collation, String id) {
    byte[] idBytes = id.getBytes(StandardCharsets.UTF_8);
    byte[] key = new byte[1 + collation.length + 1 + idBytes.length];
    key[0] = (byte) kind.ordinal();
    System.arraycopy(collation, 0, key, 1, collation.length);
    key[1 + collation.length] = 0;
    System.arraycopy(idBytes, 0, key, 2 + collation.length, idBytes.length);
    return new BytesRef(key);
  }

  private void write(Document doc) throws IOException {
    delta.write(writer, doc);
    documents.incrementAndGet();
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
