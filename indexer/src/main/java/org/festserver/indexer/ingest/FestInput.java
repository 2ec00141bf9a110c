package org.festserver.indexer.ingest;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * An M30 file opened for streaming: plain XML, gzip, or a zip holding exactly one XML file, recognised by content
 * (magic bytes) rather than name. A UTF-8 byte-order mark is skipped. The decompressed stream is guarded against
 * bombs, and the compressed bytes consumed are counted for progress.
 */
public final class FestInput implements Closeable {
  private static final int BUFFER = 1 << 16;

  private final String name;
  private final long size;
  private final CountingInputStream raw;
  private final InputStream content;

  private FestInput(String name, long size, CountingInputStream raw, InputStream content) {
    this.name = name;
    this.size = size;
    this.raw = raw;
    this.content = content;
  }

  /**
   * Opens a file for reading.
   *
   * @throws FestFormatException for a zip without exactly one XML file, or with unsafe entry names
   * @throws IOException when the file cannot be read
   */
  public static FestInput open(Path file, IngestLimits limits) throws IOException, FestFormatException {
    String name = file.getFileName().toString();
    long size = Files.size(file);
    byte[] magic = new byte[4];
    int magicLength;
    try (InputStream probe = Files.newInputStream(file)) {
      magicLength = probe.readNBytes(magic, 0, 4);
    }
    CountingInputStream raw = new CountingInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER));
    try {
      InputStream content;
      if (magicLength >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
        content = new InflationGuard(new GZIPInputStream(raw, BUFFER), raw, limits, name);
      } else if (magicLength == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
        String entry = singleXmlEntry(file, name);
        ZipInputStream zip = new ZipInputStream(raw);
        ZipEntry current;
        while ((current = zip.getNextEntry()) != null && !current.getName().equals(entry)) {
          // skip to the one XML entry
        }
        if (current == null) {
          throw new FestFormatException(name, "zip-entries", "zip entry " + entry + " could not be read");
        }
        content = new InflationGuard(zip, raw, limits, name + "!" + entry);
        name = name + "!" + entry;
      } else {
        content = raw;
      }
      content = new TokenGuard(content, limits, name);
      return new FestInput(name, size, raw, skipByteOrderMark(new BufferedInputStream(content, BUFFER)));
    } catch (IOException | FestFormatException | RuntimeException e) {
      raw.close();
      throw e;
    }
  }

  private static String singleXmlEntry(Path file, String name) throws IOException, FestFormatException {
    List<String> xmlEntries = new ArrayList<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        String entryName = entry.getName();
        if (entryName.startsWith("/") || entryName.contains("..") || entryName.contains("\\") || entryName.indexOf('\0') >= 0) {
          throw new FestFormatException(name, "zip-unsafe-entry", "zip entry name '" + entryName + "' is not allowed");
        }
        if (!entry.isDirectory() && entryName.toLowerCase(Locale.ROOT).endsWith(".xml")) {
          xmlEntries.add(entryName);
        }
      }
    } catch (java.util.zip.ZipException e) {
      throw new FestFormatException(name, "zip-corrupt", "not a readable zip file: " + e.getMessage(), e);
    }
    if (xmlEntries.size() != 1) {
      throw new FestFormatException(
          name,
          "zip-entries",
          "expected exactly one XML file in the zip, got " + xmlEntries.size() + (xmlEntries.isEmpty() ? "" : " " + xmlEntries));
    }
    return xmlEntries.get(0);
  }

  private static InputStream skipByteOrderMark(BufferedInputStream in) throws IOException {
    in.mark(3);
    byte[] head = in.readNBytes(3);
    if (!(head.length == 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF)) {
      in.reset();
    }
    return in;
  }

  /** The file name (with {@code !entry} for a zip), for messages. */
  public String name() {
    return name;
  }

  /** The size of the file on disk. */
  public long size() {
    return size;
  }

  /** Bytes of the file consumed so far (compressed bytes for gzip and zip). */
  public long bytesRead() {
    return raw.count();
  }

  /** The XML content, decompressed. */
  public InputStream content() {
    return content;
  }

  @Override
  public void close() throws IOException {
    content.close();
    raw.close();
  }
}
