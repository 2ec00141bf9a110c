package org.festserver.indexer.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes M30 test inputs in the three container formats. */
final class FestFiles {
  static final String M30 = "http://www.kith.no/xmlstds/eresept/m30/2014-12-01";
  static final String FS = "http://www.kith.no/xmlstds/eresept/forskrivning/2014-12-01";

  private FestFiles() {}

  /** A complete M30 document around catalog elements. */
  static String document(String hentetDato, String catalogs) {
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<FEST xmlns=\"" + M30 + "\">\n  <HentetDato>" + hentetDato
        + "</HentetDato>\n" + catalogs + "\n</FEST>\n";
  }

  static Path xml(Path dir, String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  static Path gzip(Path dir, String name, String content) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
    return file;
  }

  /** A zip with one entry per name/content pair. */
  static Path zip(Path dir, String name, String... entryNamesAndContents) throws IOException {
    Path file = dir.resolve(name);
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      for (int i = 0; i < entryNamesAndContents.length; i += 2) {
        zip.putNextEntry(new ZipEntry(entryNamesAndContents[i]));
        zip.write(entryNamesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return file;
  }
}
