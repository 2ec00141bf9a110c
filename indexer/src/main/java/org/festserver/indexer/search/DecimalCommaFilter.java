package org.festserver.indexer.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Writes a comma between two digits as a point, so that "12,5" and "12.5" are the same term. */
final class DecimalCommaFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  DecimalCommaFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] buffer = term.buffer();
    int length = term.length();
    for (int i = 1; i < length - 1; i++) {
      if (buffer[i] == ',' && isDigit(buffer[i - 1]) && isDigit(buffer[i + 1])) {
        buffer[i] = '.';
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
