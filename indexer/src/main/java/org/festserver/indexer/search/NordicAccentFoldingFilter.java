package org.festserver.indexer.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds accents to ASCII ("é" → "e", "ü" → "u") like {@link ASCIIFoldingFilter}, but keeps the Norwegian letters æ,
 * ø and å (in either case) as they are: they are letters of their own, not accented vowels.
 */
final class NordicAccentFoldingFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private char[] output = new char[64];

  NordicAccentFoldingFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] buffer = term.buffer();
    int length = term.length();
    boolean plain = true;
    for (int i = 0; i < length && plain; i++) {
      plain = buffer[i] < 0x80 || isNordic(buffer[i]);
    }
    if (plain) {
      return true;
    }
    int maxLength = length * 4;
    if (output.length < maxLength) {
      output = new char[maxLength];
    }
    int out = 0;
    for (int i = 0; i < length; i++) {
      char c = buffer[i];
      if (c < 0x80 || isNordic(c)) {
        output[out++] = c;
      } else {
        out = ASCIIFoldingFilter.foldToASCII(buffer, i, output, out, 1);
      }
    }
    term.copyBuffer(output, 0, out);
    return true;
  }

  static boolean isNordic(char c) {
    switch (c) {
      case 'æ':
      case 'ø':
      case 'å':
      case 'Æ':
      case 'Ø':
      case 'Å':
        return true;
      default:
        return false;
    }
  }
}
