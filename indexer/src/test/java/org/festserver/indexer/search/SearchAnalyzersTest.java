package org.festserver.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The raw and folded analysis of names and queries (style item 18; issue 3: accents, æøå, decimals). */
final class SearchAnalyzersTest {
  private final Analyzer raw = SearchAnalyzers.rawQueryAnalyzer();
  private final Analyzer folded = SearchAnalyzers.foldedQueryAnalyzer();

  @Test
  @DisplayName("R-5.5: a decimal comma and a decimal point give the same term; thousands too")
  void decimalCommaEqualsPoint() {
    assertThat(SearchAnalyzers.terms(raw, "Esidrex Tab 12,5 mg")).containsExactly("esidrex", "tab", "12.5", "mg");
    assertThat(SearchAnalyzers.terms(raw, "12.5")).containsExactly("12.5");
    assertThat(SearchAnalyzers.terms(raw, "37,5 mg/325 mg")).containsExactly("37.5", "mg", "325", "mg");
  }

  @Test
  @DisplayName("Accents fold to ASCII, but æ, ø and å stay letters of their own in both analyses")
  void accentsFoldButNorwegianLettersStay() {
    assertThat(SearchAnalyzers.terms(raw, "Décorin Crème")).containsExactly("decorin", "creme");
    assertThat(SearchAnalyzers.terms(raw, "Østradiol Ærovent Ålgård")).containsExactly("østradiol", "ærovent", "ålgård");
    assertThat(SearchAnalyzers.terms(folded, "Østradiol Ærovent Ålgård")).containsExactly("østradiol", "ærovent", "ålgård");
  }

  @Test
  @DisplayName("Folded analysis reads aa as å, ae as æ, oe as ø, and ä/ö as æ/ø; raw analysis does not")
  void foldedAcceptsTwoLetterSpellings() {
    assertThat(SearchAnalyzers.terms(folded, "Aalgaard oestradiol aerovent")).containsExactly("ålgård", "østradiol", "ærovent");
    assertThat(SearchAnalyzers.terms(folded, "Ärovent Östradiol")).containsExactly("ærovent", "østradiol");
    assertThat(SearchAnalyzers.terms(raw, "Aalgaard")).containsExactly("aalgaard");
    assertThat(SearchAnalyzers.terms(folded, "Ostradiol")).containsExactly("ostradiol"); // ø is not o
  }

  @Test
  @DisplayName("Index analysis adds every prefix of each token, keeping long tokens whole")
  void indexAnalysisEmitsEdgeNGrams() {
    List<String> terms = SearchAnalyzers.terms(SearchAnalyzers.prefixIndexAnalyzer(true), "Tab 2,5");
    assertThat(terms).containsExactly("t", "ta", "tab", "2", "2.", "2.5");
    String longWord = "a".repeat(SearchAnalyzers.MAX_GRAM + 6);
    assertThat(SearchAnalyzers.terms(SearchAnalyzers.prefixIndexAnalyzer(false), longWord)).contains(longWord);
  }

  @Test
  @DisplayName("Random text never breaks the analysis, and raw and folded give the same number of tokens")
  void randomTextKeepsTokenCountsAligned() {
    long seed = Long.getLong("tests.seed", System.nanoTime());
    Random random = new Random(seed);
    String alphabet = "abcdeøæåÆØÅéüäö0123456789 ,./-aeoeaa";
    for (int round = 0; round < 500; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertThat(SearchAnalyzers.terms(folded, text.toString()))
          .as("seed %d, text '%s'", seed, text)
          .hasSameSizeAs(SearchAnalyzers.terms(raw, text.toString()));
    }
  }
}
