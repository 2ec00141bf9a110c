package org.festserver.indexer.pharmacy;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * File bytes decoded with a detected encoding: bytes that are valid UTF-8 are UTF-8 (a leading byte-order mark is
 * dropped), anything else is ISO-8859-1, which decodes every byte. Pure ASCII counts as UTF-8.
 */
record DecodedText(String text, Charset charset, boolean byteOrderMark) {

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  static DecodedText decode(byte[] bytes) {
    boolean bom = bytes.length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2];
    int offset = bom ? UTF8_BOM.length : 0;
    ByteBuffer content = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    String utf8 = strictUtf8(content);
    if (utf8 != null) {
      return new DecodedText(utf8, StandardCharsets.UTF_8, bom);
    }
    return new DecodedText(
        new String(bytes, offset, bytes.length - offset, StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1, bom);
  }

  /** The text as UTF-8, or null when the bytes are not valid UTF-8. */
  static String strictUtf8(ByteBuffer bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(bytes)
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
