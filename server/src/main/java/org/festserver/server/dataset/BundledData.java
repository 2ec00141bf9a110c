package org.festserver.server.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sample data bundled with the server ({@code data/} in the checkout, {@code bundled-data/} in the jar), which
 * it loads when no other data is given. Files are taken from {@code ./data} when present, else copied out of the jar.
 */
public final class BundledData {
  public static final String FEST_SAMPLE = "fest-sample.xml.gz";
  private static final String RESOURCE_DIR = "bundled-data";
  private static final String PHARMACY_GLOB = "apotekslista_js_djur_*.txt";

  private final Path checkoutData;
  private final Path extractTo;

  /**
   * @param checkoutData the checkout's {@code data/} folder (used when it exists)
   * @param extractTo where files from the jar are copied
   */
  public BundledData(Path checkoutData, Path extractTo) {
    this.checkoutData = checkoutData;
    this.extractTo = extractTo;
  }

  /** The bundled FEST sample file. */
  public Optional<Path> festSample() throws IOException {
    return file(FEST_SAMPLE);
  }

  /** The newest bundled pharmacy list. */
  public Optional<Path> pharmacyList() throws IOException {
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(checkoutData)) {
      try (DirectoryStream<Path> files = Files.newDirectoryStream(checkoutData, PHARMACY_GLOB)) {
        files.forEach(f -> names.add(f.getFileName().toString()));
      }
    }
    if (names.isEmpty()) {
      names.addAll(resourceNames(PHARMACY_GLOB));
    }
    if (names.isEmpty()) {
      return Optional.empty();
    }
    Collections.sort(names);
    return file(names.get(names.size() - 1));
  }

  private Optional<Path> file(String name) throws IOException {
    Path local = checkoutData.resolve(name);
    if (Files.isRegularFile(local)) {
      return Optional.of(local);
    }
    try (InputStream in = BundledData.class.getResourceAsStream("/" + RESOURCE_DIR + "/" + name)) {
      if (in == null) {
        return Optional.empty();
      }
      Files.createDirectories(extractTo);
      Path copy = extractTo.resolve(name);
      Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
      return Optional.of(copy);
    }
  }

  private static List<String> resourceNames(String glob) throws IOException {
    URL dir = BundledData.class.getResource("/" + RESOURCE_DIR);
    if (dir == null) {
      return List.of();
    }
    try {
      URI uri = dir.toURI();
      if ("jar".equals(uri.getScheme())) {
        FileSystem fs;
        try {
          fs = FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException e) {
          fs = FileSystems.newFileSystem(uri, Map.of());
        }
        return list(fs.getPath("/" + RESOURCE_DIR), glob);
      }
      return list(Path.of(uri), glob);
    } catch (URISyntaxException e) {
      return List.of();
    }
  }

  private static List<String> list(Path dir, String glob) throws IOException {
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, glob)) {
      files.forEach(f -> names.add(f.getFileName().toString()));
    }
    return names;
  }
}
