package org.festserver.indexer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.no.NorwegianNormalizationFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The analyzer chains (see the package documentation). Raw: standard tokenizer, lower case, decimal comma as point,
 * accents folded except æ/ø/å. Folded: the same plus {@link NorwegianNormalizationFilter} before the accent folding,
 * so that "ae"/"ä" read "æ", "oe"/"ö" read "ø" and "aa" reads "å". At index time both end in edge n-grams of each
 * token; queries are analysed without them.
 */
final class SearchAnalyzers {
  /** Longest prefix indexed as a term; longer query tokens use a prefix query on the kept original token. */
  static final int MAX_GRAM = 24;

  private SearchAnalyzers() {}

  /** The index-time analyzer of the document fields (only the two prefix fields are analysed). */
  static Analyzer indexAnalyzer() {
    return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), Map.of(
        SearchFields.PREFIX_RAW, prefixIndexAnalyzer(false),
        SearchFields.PREFIX_FOLDED, prefixIndexAnalyzer(true)));
  }

  /** The index-time chain of one prefix field: raw or Norwegian-folded, with edge n-grams. */
  static Analyzer prefixIndexAnalyzer(boolean norwegianFolding) {
    return chain(norwegianFolding, true);
  }

  /** The query-time chains: raw and folded, without n-grams. */
  static Analyzer rawQueryAnalyzer() {
    return chain(false, false);
  }

  static Analyzer foldedQueryAnalyzer() {
    return chain(true, false);
  }

  private static Analyzer chain(boolean norwegianFolding, boolean edgeNGrams) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(tokenizer);
        stream = new DecimalCommaFilter(stream);
        if (norwegianFolding) {
          stream = new NorwegianNormalizationFilter(stream);
        }
        stream = new NordicAccentFoldingFilter(stream);
        if (edgeNGrams) {
          stream = new EdgeNGramTokenFilter(stream, 1, MAX_GRAM, true);
        }
        return new TokenStreamComponents(tokenizer, stream);
      }
    };
  }

  /** The terms an analyzer makes of a text, in order. */
  static List<String> terms(Analyzer analyzer, String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("q", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }
}
