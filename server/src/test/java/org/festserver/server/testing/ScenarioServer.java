package org.festserver.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit extension that runs one real server over the reimbursement {@link Scenario} for a test class:
 * {@code @RegisterExtension static final ScenarioServer SERVER = new ScenarioServer();}.
 */
public final class ScenarioServer implements BeforeAllCallback, AfterAllCallback {
  private Path dir;
  private TestServer server;

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    dir = Files.createTempDirectory("scenario-server");
    server = Scenario.start(dir);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    server.close();
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** GET a path (starting with /). */
  public TestServer.Response get(String path) {
    return server.get(path);
  }
}
