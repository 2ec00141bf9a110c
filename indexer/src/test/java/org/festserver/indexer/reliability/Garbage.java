package org.festserver.indexer.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Endless hostile input, generated on the fly (never stored): a prefix, then a repeated or random body, up to a
 * total size. Each kind aims at a different part of the reader: the first bytes, the prolog, names, attributes,
 * text nodes, unknown elements, and entries that parse but cannot be used.
 */
enum Garbage {
  /** Random bytes. */
  RANDOM("", null),
  /** NUL bytes. */
  ZEROS("", "\0"),
  /** An XML declaration, then whitespace that never reaches a root element. */
  PROLOG_WHITESPACE("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", " \n\t"),
  /** A comment that never ends. */
  ENDLESS_COMMENT("<?xml version=\"1.0\"?><!--", "comment "),
  /** A processing instruction that never ends. */
  ENDLESS_PI("<?xml version=\"1.0\"?><?pi ", "data "),
  /** An element name that never ends. */
  ENDLESS_NAME("<FEST", "abcdefgh"),
  /** An attribute value that never ends. */
  ENDLESS_ATTRIBUTE("<FEST xmlns=\"http://www.kith.no/xmlstds/eresept/m30/2014-12-01\" a=\"", "value "),
  /** A text node inside a catalog that never ends. */
  ENDLESS_TEXT(Garbage.HEAD + "<KatLegemiddelpakning>", "text "),
  /** A text node inside an entry that never ends. */
  ENDLESS_ENTRY_TEXT(Garbage.HEAD + "<KatLegemiddelpakning><OppfLegemiddelpakning><Id>", "text "),
  /** An endless CDATA section inside an entry. */
  ENDLESS_CDATA(Garbage.HEAD + "<KatLegemiddelpakning><OppfLegemiddelpakning><Id>ID_1</Id><![CDATA[", "cdata "),
  /** Unknown elements, all with the same name, never closing the catalog. */
  SAME_UNKNOWN_ELEMENTS(Garbage.HEAD, "<Ukjent/>"),
  /** Unknown elements, each with a new name. */
  DISTINCT_UNKNOWN_ELEMENTS(Garbage.HEAD, null),
  /** Nested elements without end. */
  ENDLESS_NESTING(Garbage.HEAD, "<a>"),
  /** Entries that are well-formed but expired (status U), which a full file may not contain. */
  EXPIRED_ENTRIES(Garbage.HEAD + "<KatByttegruppe>", null),
  /** Entries that are well-formed but have no id: entry errors. */
  BROKEN_ENTRIES(Garbage.HEAD + "<KatByttegruppe>",
      "<OppfByttegruppe><Tidspunkt>2025-01-01T00:00:00</Tidspunkt><Status V=\"A\"/><Byttegruppe/></OppfByttegruppe>");

  static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><FEST xmlns=\"http://www.kith.no/xmlstds/eresept/m30/2014-12-01\">"
      + "<HentetDato>2026-11-01T03:10:22</HentetDato>";

  private final byte[] prefix;
  private final byte[] unit;

  Garbage(String prefix, String unit) {
    this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
    this.unit = unit == null ? null : unit.getBytes(StandardCharsets.UTF_8);
  }

  /** The stream: {@code size} bytes in all. */
  InputStream stream(long size) {
    return new InputStream() {
      private long position;
      private long counter;
      private long random = 0x9E3779B97F4A7C15L;
      private byte[] current = prefix;
      private int offset;

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] buffer, int off, int length) {
        if (position >= size) {
          return -1;
        }
        int n = 0;
        while (n < length && position < size) {
          if (offset == current.length) {
            current = next();
            offset = 0;
          }
          int take = (int) Math.min(Math.min(length - n, current.length - offset), size - position);
          System.arraycopy(current, offset, buffer, off + n, take);
          offset += take;
          n += take;
          position += take;
        }
        return n;
      }

      private byte[] next() {
        counter++;
        switch (Garbage.this) {
          case RANDOM: {
            byte[] block = new byte[8192];
            for (int i = 0; i < block.length; i += 8) {
              random ^= random << 13;
              random ^= random >>> 7;
              random ^= random << 17;
              for (int b = 0; b < 8; b++) {
                block[i + b] = (byte) (random >>> (8 * b));
              }
            }
            return block;
          }
          case DISTINCT_UNKNOWN_ELEMENTS:
            return ("<U" + counter + "/>").getBytes(StandardCharsets.US_ASCII);
          case EXPIRED_ENTRIES:
            return ("<OppfByttegruppe><Id>ID_E" + counter + "</Id><Tidspunkt>2025-01-01T00:00:00</Tidspunkt><Status V=\"U\"/>"
                + "<Byttegruppe><Id>ID_G" + counter + "</Id><Kode V=\"" + counter + "\"/>"
                + "<MerknadTilByttbarhet>false</MerknadTilByttbarhet></Byttegruppe></OppfByttegruppe>")
                .getBytes(StandardCharsets.US_ASCII);
          default:
            byte[] block = new byte[Math.max(unit.length, 8192 / unit.length * unit.length)];
            for (int i = 0; i + unit.length <= block.length; i += unit.length) {
              System.arraycopy(unit, 0, block, i, unit.length);
            }
            return block;
        }
      }
    };
  }
}
