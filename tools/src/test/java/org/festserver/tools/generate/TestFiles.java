package org.festserver.tools.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/** Generated files shared by the generator tests of one JVM (each combination is generated once). */
final class TestFiles {

  /** Scale of the files most tests inspect (about 3,500 entries). */
  static final double SCALE = 0.05;
  static final long SEED = 42;

  private static final Map<String, Path> CACHE = new HashMap<>();
  private static Path dir;

  private TestFiles() {}

  static synchronized Path full(double scale, long seed, FestVersion version, String extension) {
    String key = scale + "-" + seed + "-" + version.label() + extension;
    return CACHE.computeIfAbsent(key, k -> {
      Path out = dir().resolve("fest-" + k);
      try {
        FestGenerator.generate(new GeneratorOptions(scale, seed, GeneratorOptions.DEFAULT_HENTET_DATO, version),
            out, null);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return out;
    });
  }

  static Path standard() {
    return full(SCALE, SEED, FestVersion.V2_5_1, ".xml");
  }

  static synchronized Path increment() {
    return CACHE.computeIfAbsent("increment", k -> {
      Path out = dir().resolve("increment.xml");
      try {
        IncrementGenerator.generate(new IncrementGenerator.Options(standard(), 0.05, 7, null, out));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return out;
    });
  }

  static synchronized Path dir() {
    if (dir == null) {
      try {
        dir = Files.createTempDirectory("fest-generator-test");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Path d = dir;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(d), "delete-generator-test-files"));
    }
    return dir;
  }

  private static void delete(Path d) {
    try (Stream<Path> s = Files.walk(d)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort
    }
  }
}
