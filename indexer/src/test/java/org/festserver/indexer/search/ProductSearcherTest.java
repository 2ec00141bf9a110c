package org.festserver.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.festserver.indexer.dataset.DatasetLease;
import org.festserver.indexer.dataset.DatasetManager;
import org.festserver.indexer.testing.TestDatasets;
import org.festserver.indexer.testing.TestFiles;
import org.festserver.model.catalog.MarketingState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search index built from the search-catalog scenario through the real reader, MapDB and Lucene. */
final class ProductSearcherTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
  private static final Set<SearchKind> ALL = EnumSet.allOf(SearchKind.class);

  @TempDir static Path dir;
  private static DatasetManager datasets;
  private static DatasetLease lease;
  private static ProductSearcher searcher;

  @BeforeAll
  static void load() {
    datasets = TestDatasets.load(TestFiles.copy(TestFiles.SEARCH_CATALOG, dir), dir.resolve("data"));
    lease = datasets.acquire().orElseThrow();
    searcher = new ProductSearcher(lease.dataset().search());
  }

  @AfterAll
  static void close() {
    lease.close();
    datasets.close();
  }

  private static SearchPage search(String text, Set<SearchKind> kinds) {
    return searcher.search(new SearchRequest(text, kinds, 50, null, DAY, false));
  }

  private static List<String> names(SearchPage page) {
    List<String> names = new ArrayList<>();
    page.hits().forEach(hit -> names.add(hit.name()));
    return names;
  }

  // ---- matching ----

  @Test
  @DisplayName("Issue 3: several token prefixes in any order all have to match")
  void multiTokenPrefixesInAnyOrder() {
    // brands are found by their substances too
    assertThat(names(search("simva 20", null)))
        .containsExactly("Simvastatin Tab 20 mg", "Simvastatin Krka Tab 20 mg", "Zocorex Tab 20 mg");
    assertThat(names(search("20 simva", null))).isEqualTo(names(search("simva 20", null)));
    assertThat(names(search("SIMVA tab 4", null)))
        .containsExactly("Simvastatin Tab 40 mg", "Simvastatin Sandoz Tab 40 mg", "Zocorex Tab 40 mg");
  }

  @Test
  @DisplayName("R-5.5: 12,5 and 12.5 find the same products")
  void decimalCommaAndPointAreEqual() {
    assertThat(names(search("12,5", null))).containsExactly("Hydroklortiazid Tab 12,5 mg", "Esidrex Tab 12,5 mg");
    assertThat(names(search("12.5", null))).isEqualTo(names(search("12,5", null)));
  }

  @Test
  @DisplayName("Accents fold, æøå stay distinct, and aa/ae/oe spellings find å/æ/ø")
  void norwegianLetters() {
    assertThat(names(search("decorin", null))).containsExactly("Hydrokortison Krem 1 %", "Décorin Krem 1 %");
    assertThat(names(search("oestradiol", null))).contains("Østradiol Depotplaster 50 mikrog/24 timer");
    assertThat(names(search("østr", null))).contains("Østradiol Depotplaster 50 mikrog/24 timer");
    assertThat(names(search("aerov", null))).contains("Ærovent Inh aerosol 20 mikrog/dose");
    assertThat(names(search("aalg", null))).containsExactly("Ålgård Salve 5 %");
    assertThat(search("ostradiol", null).corrected()).isTrue(); // ø is not o: only the typo fallback finds it
  }

  @Test
  @DisplayName("R-4.3.1: a brand name also finds the brand's substance groups, groups first, then brands")
  void brandNameFindsItsGroups() {
    assertThat(names(search("zocorex", null))).containsExactly(
        "Simvastatin Tab 20 mg", "Simvastatin Tab 40 mg", "Zocorex Tab 20 mg", "Zocorex Tab 40 mg");
  }

  @Test
  @DisplayName("R-3.3.1: a group without brand references still gets its brands' names by substance matching")
  void substanceMatchedGroupIsFoundByBrandName() {
    assertThat(names(search("simvastatin sandoz 40", null))).containsExactly(
        "Simvastatin Tab 40 mg", "Simvastatin Sandoz Tab 40 mg");
  }

  @Test
  @DisplayName("Packs by varenummer, utgående varenummer and EAN; units doses by LMR number; ATC codes")
  void numbersAndCodes() {
    Set<SearchKind> packs = EnumSet.of(SearchKind.PACK);
    assertThat(names(search("100010", packs))).containsExactly("Zocorex Tab 20 mg");
    assertThat(search("099011", packs).hits()).extracting(SearchHit::itemNumber).containsExactly("100011");
    assertThat(search("7046261000120", packs).hits()).extracting(SearchHit::itemNumber).containsExactly("100010");
    assertThat(names(search("1000002", EnumSet.of(SearchKind.UNIT_DOSE)))).containsExactly("Klacid Tab 500 mg");
    assertThat(search("c10aa", EnumSet.of(SearchKind.ATC)).hits()).extracting(SearchHit::id)
        .containsExactly("C10AA", "C10AA01", "C10AA05");
    assertThat(names(search("clarithro", EnumSet.of(SearchKind.SUBSTANCE)))).containsExactly("Klaritromycin");
    assertThat(names(search("glukotest", EnumSet.of(SearchKind.SUPPLY)))).containsExactly("Blodsukkerstrimler Glukotest");
  }

  // ---- sale rules ----

  @Test
  @DisplayName("R-6.1.2/R-6.1.3: packs no longer sold are left out unless asked for; others carry their state")
  void noLongerSoldPacksAreLeftOut() {
    Set<SearchKind> packs = EnumSet.of(SearchKind.PACK);
    assertThat(search("simvastatin 20", packs).hits()).extracting(SearchHit::itemNumber).containsExactly("100014");
    SearchPage all = searcher.search(new SearchRequest("simvastatin 20", packs, 10, null, DAY, true));
    assertThat(all.hits()).extracting(SearchHit::itemNumber).containsExactly("100014", "100012");
    assertThat(all.hits()).extracting(SearchHit::marketing)
        .containsExactly(MarketingState.TEMPORARILY_WITHDRAWN, MarketingState.NO_LONGER_SOLD);
    assertThat(search("klaritromycin mylan", packs).hits()).extracting(SearchHit::marketing)
        .containsExactly(MarketingState.NOT_YET_MARKETED);
    // a day before the 3 months are over, the deregistered pack is still there
    SearchPage earlier = searcher.search(new SearchRequest("simvastatin 20", packs, 10, null, LocalDate.of(2026, 4, 9), false));
    assertThat(earlier.hits()).extracting(SearchHit::itemNumber).containsExactly("100014", "100012");
  }

  // ---- ordering and paging ----

  @Test
  @DisplayName("R-4.3.1: groups before brands, each in Norwegian alphabetical order with numbers by value")
  void orderIsKindThenNorwegianName() {
    assertThat(names(search("simvastatin", null))).containsExactly(
        "Simvastatin Tab 10 mg", "Simvastatin Tab 20 mg", "Simvastatin Tab 40 mg",
        "Simvastatin Krka Tab 20 mg", "Simvastatin Sandoz Tab 10 mg", "Simvastatin Sandoz Tab 40 mg",
        "Zocorex Tab 20 mg", "Zocorex Tab 40 mg");
  }

  @Test
  @DisplayName("Cursor paging walks every hit exactly once with the exact total on every page")
  void cursorPagingCoversEveryHit() {
    SearchPage whole = searcher.search(new SearchRequest("t", ALL, 100, null, DAY, true));
    List<String> paged = new ArrayList<>();
    SearchCursor cursor = null;
    do {
      SearchPage page = searcher.search(new SearchRequest("t", ALL, 3, cursor, DAY, true));
      assertThat(page.total()).isEqualTo(whole.total());
      page.hits().forEach(hit -> paged.add(hit.kind() + ":" + hit.id()));
      cursor = page.next() == null ? null : SearchCursor.decode(page.next());
    } while (cursor != null);
    List<String> expected = new ArrayList<>();
    whole.hits().forEach(hit -> expected.add(hit.kind() + ":" + hit.id()));
    assertThat(whole.total()).isGreaterThan(20).isEqualTo(whole.hits().size());
    assertThat(paged).isEqualTo(expected);
  }

  @Test
  @DisplayName("A cursor only pages the query it was issued for")
  void cursorOfAnotherQueryIsRejected() {
    SearchPage page = searcher.search(new SearchRequest("simvastatin", null, 2, null, DAY, false));
    SearchCursor cursor = SearchCursor.decode(page.next());
    assertThatThrownBy(() -> searcher.search(new SearchRequest("zocorex", null, 2, cursor, DAY, false)))
        .isInstanceOf(CursorMismatchException.class);
    assertThat(SearchCursor.decode("not a cursor!")).isNull();
  }

  // ---- typo fallback ----

  @Test
  @DisplayName("Issue 3: typos are corrected only when nothing matches exactly, and the page says so")
  void typoFallbackIsFlagged() {
    SearchPage corrected = search("simvastatn 20", null);
    assertThat(corrected.corrected()).isTrue();
    assertThat(names(corrected)).contains("Simvastatin Tab 20 mg");
    assertThat(search("simva 20", null).corrected()).isFalse();
    // a strength is never corrected
    assertThat(search("simvastatn 30", null).total()).isZero();
    // nor is a short token
    assertThat(search("zoq", null).total()).isZero();
    // and a query with many misspelt words gets no fallback at all (bounded cost)
    assertThat(search("simvastatn tabbl zocorx sandozz krkaa", null).total()).isZero();
    assertThat(search("simvastatn zocorx", null).corrected()).isTrue();
  }
}
