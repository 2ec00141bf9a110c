package org.festserver.indexer.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.MultiBits;
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
 * live search document in index order, and the manifest's counts and reference report.
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

  private static List<String> searchDocuments(IndexReader reader) {
    try {
      List<String> documents = new ArrayList<>(reader.numDocs());
      Bits live = MultiBits.getLiveDocs(reader);
      StoredFields fields = reader.storedFields();
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        Document document = fields.document(doc);
        StringBuilder text = new StringBuilder();
        for (IndexableField field : document.getFields()) {
          text.append(field.name()).append('=').append(field.stringValue()).append(';');
        }
        documents.add(text.toString());
      }
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
