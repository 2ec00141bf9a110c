package org.festserver.indexer.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.IndexableFieldType;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Writes the documents of an index either all (a full build) or, for an update, only those that differ from the
 * index the update starts from. Every document carries a {@code key} (kind, id and occurrence) and a {@code digest}
 * of all its fields; an update starts from the base index's files (hard links: Lucene never changes a written file),
 * skips each document whose digest is unchanged, replaces changed ones and deletes those no longer written. The result
 * holds exactly the documents a full build of the same entities writes; only their order inside the index differs,
 * and nothing depends on it (hits sort by the unique {@code sort} key).
 *
 * <p>No build merges to one segment (that rewrites the whole index, which took longer than writing it; a search over
 * the few segments the writer leaves gives the same answers as fast). An update merges away segments with more
 * than 10% deleted documents ({@link IndexWriter#forceMergeDeletes()}), and the merge policy joins
 * small segments as usual. Until a segment is merged, the terms of its deleted documents stay in the term dictionary;
 * they match no live document, but they can take one of the expansion slots of the typo fallback's fuzzy query.
 */
final class IndexDelta {
  /** Kind, id and occurrence of a document: an exact term (an update deletes by it) and binary doc values. */
  static final String KEY = "key";
  /** SHA-256 of every field of the document (name, type and value), binary doc values. */
  static final String DIGEST = "digest";
  private static final char SEPARATOR = '\u001f';

  /** Key → digest of the base's documents not yet written again; null for a full build. */
  private final Map<String, String> base;
  /**
   * Occurrence numbers matter only where a kind writes the same id twice (ATC codes, substances, trade goods); those
   * are written by one thread in file order, so the numbers are the same in every build.
   */
  private final Map<String, Integer> occurrences = new ConcurrentHashMap<>();

  private IndexDelta(Map<String, String> base) {
    this.base = base;
  }

  /** Every document is written. */
  static IndexDelta full() {
    return new IndexDelta(null);
  }

  /**
   * Links the files of the finished index in {@code baseDir} into the empty {@code dir}.
   *
   * @throws IOException when neither a link nor a copy can be made
   */
  static void linkFiles(Path baseDir, Path dir) throws IOException {
    Files.createDirectories(dir);
    try (DirectoryStream<Path> files = Files.newDirectoryStream(baseDir)) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file) || name.equals(IndexWriter.WRITE_LOCK_NAME)) {
          continue;
        }
        try {
          Files.createLink(dir.resolve(name), file);
        } catch (UnsupportedOperationException | FileSystemException e) {
          Files.copy(file, dir.resolve(name));
        }
      }
    }
  }

  /**
   * The documents of the index {@code writer} was opened on (the base), or null when some document has no key
   * (an index written before keys existed), in which case the caller rebuilds.
   */
  static IndexDelta update(IndexWriter writer) throws IOException {
    Map<String, String> digests = new ConcurrentHashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        BinaryDocValues keys = leaf.reader().getBinaryDocValues(KEY);
        BinaryDocValues values = leaf.reader().getBinaryDocValues(DIGEST);
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          if (keys == null || values == null || !keys.advanceExact(doc) || !values.advanceExact(doc)) {
            return null;
          }
          digests.put(keys.binaryValue().utf8ToString(), values.binaryValue().utf8ToString());
        }
      }
    }
    return new IndexDelta(digests);
  }

  /** Writes a document (adding its key and digest), unless the base holds it unchanged. Thread-safe. */
  void write(IndexWriter writer, Document doc) throws IOException {
    String kindAndId = doc.get(SearchFields.KIND) + SEPARATOR + doc.get(SearchFields.ID);
    String key = kindAndId + SEPARATOR + occurrences.merge(kindAndId, 1, Integer::sum);
    String digest = digest(doc);
    doc.add(new StringField(KEY, key, Field.Store.NO));
    doc.add(new BinaryDocValuesField(KEY, new BytesRef(key)));
    doc.add(new BinaryDocValuesField(DIGEST, new BytesRef(digest)));
    if (base == null) {
      writer.addDocument(doc);
      return;
    }
    String old = base.remove(key);
    if (digest.equals(old)) {
      return;
    }
    if (old != null) {
      writer.deleteDocuments(new Term(KEY, key));
    }
    writer.addDocument(doc);
  }

  /** Deletes the base's documents that were not written again. */
  void finish(IndexWriter writer) throws IOException {
    if (base == null || base.isEmpty()) {
      return;
    }
    List<Term> gone = new ArrayList<>(base.size());
    base.keySet().forEach(key -> gone.add(new Term(KEY, key)));
    writer.deleteDocuments(gone.toArray(new Term[0]));
    base.clear();
  }

  /**
   * Merges after the last document: nothing for a full build (its two or three segments answer as one), segments
   * with many deletions for an update.
   */
  void merge(IndexWriter writer) throws IOException {
    if (base != null) {
      writer.forceMergeDeletes();
    }
  }

  static String digest(Document doc) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK provides SHA-256", e);
    }
    for (IndexableField field : doc.getFields()) {
      IndexableFieldType type = field.fieldType();
      update(sha, field.name());
      update(sha, type.indexOptions() + "/" + type.stored() + "/" + type.tokenized() + "/" + type.docValuesType() + "/"
          + type.pointDimensionCount() + "/" + type.omitNorms());
      if (field.stringValue() != null) {
        update(sha, "s" + field.stringValue());
      } else if (field.binaryValue() != null) {
        BytesRef bytes = field.binaryValue();
        update(sha, "b");
        sha.update(bytes.bytes, bytes.offset, bytes.length);
      } else if (field.numericValue() != null) {
        update(sha, "n" + field.numericValue());
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static void update(MessageDigest sha, String text) {
    sha.update(text.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
  }
}
