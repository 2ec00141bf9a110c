package org.festserver.indexer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.BytesRef;
import org.festserver.model.catalog.MarketingRules;
import org.festserver.model.catalog.MarketingState;
import org.festserver.model.medicine.Marketing;

/**
 * Answers typeahead searches over a dataset's index (see the package documentation for the query and ranking rules).
 * Thread-safe; one per dataset.
 */
public final class ProductSearcher {
  /** Query tokens shorter than this are never typo-corrected. */
  static final int MIN_FUZZY_LENGTH = 4;
  /** A query with more correctable tokens than this gets no typo fallback (it bounds the cost of one request). */
  static final int MAX_FUZZY_TOKENS = 4;
  /** Hits in {@code sort} order; also the index's own order (see {@link SearchIndexWriter}). */
  static final Sort ORDER = new Sort(new SortField(SearchFields.SORT, SortField.Type.STRING));

  private final IndexSearcher searcher;
  private final Analyzer raw = SearchAnalyzers.rawQueryAnalyzer();
  private final Analyzer folded = SearchAnalyzers.foldedQueryAnalyzer();
  /** What a hit shows, per document id, read once from the stored fields (the index is read-only). */
  private final Stored[] stored;

  /** The stored fields a hit shows; the other stored fields (e.g. digests for updates) are not read. */
  private static final Set<String> DISPLAY_FIELDS = Set.of(SearchFields.KIND, SearchFields.ID, SearchFields.NAME,
      SearchFields.ATC, SearchFields.ITEM_NUMBER, SearchFields.PACK_SIZE, SearchFields.MARKETED_FROM,
      SearchFields.DEREGISTERED, SearchFields.WITHDRAWN);

  /** The stored part of a hit; the marketing state depends on the request date. */
  private record Stored(SearchKind kind, String id, String name, String atc, String itemNumber, String packSize,
      Marketing marketing) {}

  /**
   * Opens a searcher and reads every document's display fields into memory (a few megabytes at full scale), so that
   * answering never decompresses stored fields.
   */
  public ProductSearcher(SearchIndex index) {
    this.searcher = index.searcher();
    try {
      this.stored = loadStored(searcher);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Stored[] loadStored(IndexSearcher searcher) throws IOException {
    Stored[] table = new Stored[searcher.getIndexReader().maxDoc()];
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      StoredFields fields = sequentialStoredFields(leaf.reader());
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        DocumentStoredFieldVisitor visitor = new DocumentStoredFieldVisitor(DISPLAY_FIELDS);
        fields.document(doc, visitor);
        table[leaf.docBase + doc] = stored(visitor.getDocument());
      }
    }
    return table;
  }

  /**
   * Stored fields for reading a segment from first to last document. A segment's own reader is asked for its merge
   * instance, which decompresses each block of documents once; the ordinary reader decompresses a block again for
   * every document in it, which made this read most of a restart.
   */
  private static StoredFields sequentialStoredFields(LeafReader reader) throws IOException {
    if (reader instanceof CodecReader codecReader && codecReader.getFieldsReader() != null) {
      return codecReader.getFieldsReader().getMergeInstance();
    }
    return reader.storedFields();
  }

  private static Stored stored(Document d) {
    SearchKind kind = SearchKind.byCode(d.get(SearchFields.KIND));
    Marketing marketing = kind != SearchKind.PACK ? null : new Marketing(null, day(d, SearchFields.MARKETED_FROM),
        day(d, SearchFields.DEREGISTERED), day(d, SearchFields.WITHDRAWN), null);
    return new Stored(kind, d.get(SearchFields.ID), d.get(SearchFields.NAME), d.get(SearchFields.ATC),
        d.get(SearchFields.ITEM_NUMBER), d.get(SearchFields.PACK_SIZE), marketing);
  }

  /** The query tokens of a text as the raw analysis sees them (empty: nothing searchable in it). */
  public List<String> tokens(String text) {
    return SearchAnalyzers.terms(raw, text);
  }

  /**
   * Runs a search: prefix matching first; only when that finds nothing, and the request is not already paging
   * through exact hits, the typo-tolerant fallback, whose page is marked corrected.
   *
   * @throws CursorMismatchException when the cursor was issued for another query
   */
  public SearchPage search(SearchRequest request) {
    List<String> rawTokens = SearchAnalyzers.terms(raw, request.text());
    List<String> foldedTokens = SearchAnalyzers.terms(folded, request.text());
    if (rawTokens.isEmpty()) {
      return new SearchPage(List.of(), 0, null, false);
    }
    int fingerprint = (String.join(" ", rawTokens) + "|" + request.kinds()).hashCode();
    SearchCursor cursor = request.cursor();
    if (cursor != null && cursor.fingerprint() != fingerprint) {
      throw new CursorMismatchException();
    }
    Query filter = filter(request);
    if (cursor == null || !cursor.corrected()) {
      SearchPage exact = run(exactQuery(rawTokens, foldedTokens), filter, request, fingerprint, false);
      if (exact.total() > 0 || cursor != null) {
        return exact;
      }
    }
    Query fuzzy = fuzzyQuery(rawTokens, foldedTokens);
    SearchPage corrected = fuzzy == null ? null : run(fuzzy, filter, request, fingerprint, true);
    return corrected == null || corrected.total() == 0 ? new SearchPage(List.of(), 0, null, false) : corrected;
  }

  private SearchPage run(Query match, Query filter, SearchRequest request, int fingerprint, boolean corrected) {
    Query query = new BooleanQuery.Builder().add(match, Occur.MUST).add(filter, Occur.FILTER).build();
    FieldDoc after = request.cursor() == null ? null
        : new FieldDoc(Integer.MAX_VALUE, Float.NaN, new Object[] {request.cursor().after()});
    try {
      TopFieldDocs top = searcher.search(query,
          new TopFieldCollectorManager(ORDER, request.limit() + 1, after, Integer.MAX_VALUE));
      ScoreDoc[] docs = top.scoreDocs;
      int count = Math.min(docs.length, request.limit());
      List<SearchHit> hits = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        hits.add(hit(stored[docs[i].doc], request.date()));
      }
      String next = null;
      if (docs.length > request.limit()) {
        BytesRef last = (BytesRef) ((FieldDoc) docs[count - 1]).fields[0];
        next = new SearchCursor(corrected, fingerprint, BytesRef.deepCopyOf(last)).encode();
      }
      return new SearchPage(hits, top.totalHits.value, next, corrected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every token must match the start of some word, in any order; raw or folded spelling. */
  static Query exactQuery(List<String> rawTokens, List<String> foldedTokens) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (int i = 0; i < rawTokens.size(); i++) {
      all.add(prefix(rawTokens.get(i), foldedTokens.get(i)), Occur.MUST);
    }
    return all.build();
  }

  private static Query prefix(String rawToken, String foldedToken) {
    return new BooleanQuery.Builder()
        .add(fieldPrefix(SearchFields.PREFIX_RAW, rawToken), Occur.SHOULD)
        .add(fieldPrefix(SearchFields.PREFIX_FOLDED, foldedToken), Occur.SHOULD)
        .build();
  }

  private static Query fieldPrefix(String field, String token) {
    Term term = new Term(field, token);
    return token.length() <= SearchAnalyzers.MAX_GRAM ? new TermQuery(term) : new PrefixQuery(term);
  }

  /**
   * The fallback: tokens of at least {@link #MIN_FUZZY_LENGTH} letters match word starts within 1 edit (2 from 7
   * letters on); shorter tokens and every token with a digit must still match exactly (a strength is never
   * corrected). Null when no token can be corrected, or more than {@link #MAX_FUZZY_TOKENS} could.
   */
  static Query fuzzyQuery(List<String> rawTokens, List<String> foldedTokens) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    int fuzzy = 0;
    for (int i = 0; i < rawTokens.size(); i++) {
      String token = foldedTokens.get(i);
      if (token.length() < MIN_FUZZY_LENGTH || hasDigit(token) || token.length() > SearchAnalyzers.MAX_GRAM) {
        all.add(prefix(rawTokens.get(i), token), Occur.MUST);
        continue;
      }
      fuzzy++;
      int edits = token.length() >= 7 ? 2 : 1;
      // no fixed prefix: a wrong first letter ("ostradiol" for "østradiol") is the commonest Norwegian typo
      all.add(new FuzzyQuery(new Term(SearchFields.PREFIX_FOLDED, token), edits, 0, 50, true), Occur.MUST);
    }
    return fuzzy == 0 || fuzzy > MAX_FUZZY_TOKENS ? null : all.build();
  }

  private static boolean hasDigit(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (Character.isDigit(token.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static Query filter(SearchRequest request) {
    List<BytesRef> kinds = new ArrayList<>();
    for (SearchKind kind : request.kinds()) {
      kinds.add(new BytesRef(kind.code()));
    }
    BooleanQuery.Builder filter = new BooleanQuery.Builder()
        .add(new TermInSetQuery(SearchFields.KIND, kinds), Occur.FILTER);
    if (!request.includeUnavailable()) {
      // leave out what can no longer be sold on the date. Excluding the few whose last sale day
      // has passed is much cheaper than selecting the many that can still be sold.
      filter.add(LongPoint.newRangeQuery(SearchFields.LAST_SALE_DAY, Long.MIN_VALUE, request.date().toEpochDay() - 1),
          Occur.MUST_NOT);
    }
    return filter.build();
  }

  private static SearchHit hit(Stored doc, LocalDate date) {
    MarketingState marketing = doc.marketing() == null ? null : MarketingRules.state(doc.marketing(), date);
    return new SearchHit(doc.kind(), doc.id(), doc.name(), doc.atc(), doc.itemNumber(), doc.packSize(), marketing);
  }

  private static LocalDate day(Document doc, String field) {
    IndexableField value = doc.getField(field);
    return value == null ? null : LocalDate.ofEpochDay(value.numericValue().longValue());
  }
}
