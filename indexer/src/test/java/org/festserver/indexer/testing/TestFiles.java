package org.festserver.indexer.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Test resources as files: the real 2017 sample and scenario fragments under {@code fest/}. */
public final class TestFiles {
  /** 403 real entries from a 2017 fest251.xml (see fest/real-sample/README.md). */
  public static final String REAL_SAMPLE = "fest/real-sample/fest-mini.xml.gz";
  /** Scenario of the search and product tests (see fest/search-catalog/make_fixture.py); test clock 2026-11-20. */
  public static final String SEARCH_CATALOG = "fest/search-catalog/fest.xml";

  private TestFiles() {}

  /** Copies a classpath resource to a file in {@code dir} and returns it. */
  public static Path copy(String resource, Path dir) {
    String name = resource.substring(resource.lastIndexOf('/') + 1);
    try (InputStream in = TestFiles.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      Path file = dir.resolve(name);
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bundled sample of the checkout ({@code data/fest-sample.xml.gz}), found from any module's directory. */
  public static Path bundledSample() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve("data").resolve("fest-sample.xml.gz");
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("data/fest-sample.xml.gz not found above " + Path.of("").toAbsolutePath());
  }

  /** Writes text as a UTF-8 file in {@code dir}. */
  public static Path write(Path dir, String name, String content) {
    try {
      return Files.writeString(dir.resolve(name), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
