package org.festserver.indexer.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;
import org.festserver.indexer.dataset.Dataset;
import org.festserver.indexer.dataset.DatasetManifest;
import org.festserver.indexer.store.EntityStore;
import org.festserver.indexer.store.Lookup;
import org.festserver.model.entry.EntityKind;

/**
 * Everything a dataset serves, read back for comparison, without what differs between two builds of the same data
 * (dataset id, load time, source name): the stored bytes of every entity, every lookup, the stored fields of every
 * live search document (sorted: hits are ordered by a unique sort key, never by position in the index), and the
 * manifest's counts and reference report.
 */
public record DatasetContent(
    String hentetDato,
    Map<EntityKind, SortedMap<String, String>> entities,
    Map<Lookup, SortedMap<String, List<String>>> lookups,
    List<String> searchDocuments,
    Map<String, Integer> counts,
    int luceneDocuments,
    int unresolvedReferences,
    List<String> referenceProblems) {

  /** Reads a dataset (the caller keeps it open). */
  public static DatasetContent of(Dataset dataset) {
    DatasetManifest manifest = dataset.manifest();
    EntityStore store = dataset.store();
    Map<EntityKind, SortedMap<String, String>> entities = new EnumMap<>(EntityKind.class);
    for (EntityKind kind : EntityKind.values()) {
      SortedMap<String, String> byKey = new TreeMap<>();
      for (String key : store.keys(kind)) {
        byKey.put(key, sha256(store.raw(kind, key)));
      }
      entities.put(kind, byKey);
    }
    Map<Lookup, SortedMap<String, List<String>>> lookups = new EnumMap<>(Lookup.class);
    for (Lookup lookup : Lookup.values()) {
      SortedMap<String, List<String>> values = new TreeMap<>();
      Iterator<Map.Entry<String, List<String>>> it = store.lookupEntries(lookup);
      while (it.hasNext()) {
        Map.Entry<String, List<String>> entry = it.next();
        values.put(entry.getKey(), entry.getValue());
      }
      lookups.put(lookup, values);
    }
    return new DatasetContent(manifest.hentetDato(), entities, lookups, searchDocuments(dataset.search().searcher().getIndexReader()),
        manifest.counts(), manifest.luceneDocuments(), manifest.unresolvedReferences(), manifest.referenceProblems());
  }

  /**
   * Each live document as its stored fields plus the digest of all its fields (doc values {@code digest}, written by
   * the search index: it covers the indexed-only fields too).
   */
  private static List<String> searchDocuments(IndexReader reader) {
    try {
      List<String> documents = new ArrayList<>(reader.numDocs());
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields fields = leaf.reader().storedFields();
        BinaryDocValues digests = leaf.reader().getBinaryDocValues("digest");
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          StringBuilder text = new StringBuilder();
          for (IndexableField field : fields.document(doc).getFields()) {
            text.append(field.name()).append('=').append(field.stringValue()).append(';');
          }
          if (digests != null && digests.advanceExact(doc)) {
            text.append("digest=").append(digests.binaryValue().utf8ToString());
          }
          documents.add(text.toString());
        }
      }
      Collections.sort(documents); // an update keeps unchanged documents where they were; order carries no meaning
      return documents;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Number of entities of all kinds. */
  public int totalEntities() {
    return entities.values().stream().mapToInt(Map::size).sum();
  }

  /** A digest of the whole content, for comparing datasets across processes. */
  public String digest() {
    return sha256(toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
