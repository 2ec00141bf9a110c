package org.festserver.tools.generate;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The output file: plain {@code .xml}, {@code .xml.gz}, or {@code .zip} with one entry ({@code fest251.xml}),
 * chosen by the file name. Written to a temporary file that replaces the target only on success. Compressed
 * outputs are deterministic (fixed gzip header, fixed zip entry time).
 */
final class OutputTarget implements AutoCloseable {

  enum Format { XML, GZIP, ZIP }

  private final Path target;
  private final Path temp;
  private final OutputStream file;
  private final OutputStream compressed;
  private final Counting xml;
  private boolean done;

  private OutputTarget(Path target, Format format, String zipEntry, LocalDateTime entryTime) throws IOException {
    this.target = target;
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    this.temp = dir.resolve("." + target.getFileName() + ".partial");
    this.file = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
    switch (format) {
      case GZIP -> compressed = new GZIPOutputStream(file, 1 << 16);
      case ZIP -> {
        ZipOutputStream zip = new ZipOutputStream(file);
        ZipEntry entry = new ZipEntry(zipEntry);
        entry.setTimeLocal(entryTime);
        zip.putNextEntry(entry);
        compressed = zip;
      }
      default -> compressed = file;
    }
    this.xml = new Counting(new BufferedOutputStream(compressed, 1 << 16));
  }

  static Format format(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".xml.gz")) {
      return Format.GZIP;
    }
    if (name.endsWith(".zip")) {
      return Format.ZIP;
    }
    if (name.endsWith(".xml")) {
      return Format.XML;
    }
    throw new IllegalArgumentException("output file must end with .xml, .xml.gz or .zip, got " + path);
  }

  static OutputTarget open(Path target, FestVersion version, LocalDateTime entryTime) throws IOException {
    return new OutputTarget(target, format(target), version.zipEntryName(), entryTime);
  }

  /** The stream that receives the XML (uncompressed bytes are counted). */
  OutputStream xml() {
    return xml;
  }

  long xmlBytes() {
    return xml.count;
  }

  /** Finishes the compressed stream and moves the file into place. */
  void commit() throws IOException {
    xml.flush();
    if (compressed instanceof ZipOutputStream zip) {
      zip.closeEntry();
      zip.finish();
    } else if (compressed instanceof GZIPOutputStream gz) {
      gz.finish();
    }
    file.close();
    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    done = true;
  }

  @Override
  public void close() throws IOException {
    if (!done) {
      try {
        file.close();
      } finally {
        Files.deleteIfExists(temp);
      }
    }
  }

  private static final class Counting extends FilterOutputStream {
    long count;

    Counting(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }
}
