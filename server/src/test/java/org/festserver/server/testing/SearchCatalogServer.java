package org.festserver.server.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.festserver.indexer.testing.SearchCatalog;
import org.festserver.indexer.testing.TestFiles;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real server over the search-catalog scenario on its clock, one per test class:
 * {@code @RegisterExtension static final SearchCatalogServer SERVER = new SearchCatalogServer();}.
 */
public final class SearchCatalogServer implements BeforeAllCallback, AfterAllCallback {
  private Path dir;
  private TestServer server;

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    dir = Files.createTempDirectory("search-catalog");
    server = TestServer.start(TestFiles.copy(TestFiles.SEARCH_CATALOG, dir), dir.resolve("data"), SearchCatalog.CLOCK);
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    server.close();
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }

  /** GET a path under the server (starting with /). */
  public TestServer.Response get(String path) {
    return server.get(path);
  }
}
