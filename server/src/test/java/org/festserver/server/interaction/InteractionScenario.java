package org.festserver.server.interaction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.festserver.indexer.testing.TestFiles;
import org.festserver.server.testing.TestServer;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The interaction scenario ({@code fest/interactions/interaction-rules.xml}) on a real server, and request helpers.
 * As a JUnit extension it starts one server for all test classes that use it ({@link #server()}), read-only.
 */
final class InteractionScenario implements BeforeAllCallback {
  static final String RULES = "fest/interactions/interaction-rules.xml";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Shared shared;

  /** Starts a server of its own on the scenario, in {@code dir}. */
  static TestServer start(Path dir) {
    return TestServer.start(TestFiles.copy(RULES, dir), dir.resolve("data"));
  }

  /** The shared scenario server of the test classes extended with this class. */
  static TestServer server() {
    return shared.server;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    synchronized (InteractionScenario.class) {
      if (shared == null) {
        Path dir = Files.createTempDirectory("interaction-scenario");
        shared = new Shared(dir, start(dir));
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(Shared.class, shared);
      }
    }
  }

  /** The shared server, closed and deleted when all tests are done. */
  private static final class Shared implements ExtensionContext.Store.CloseableResource {
    private final Path dir;
    private final TestServer server;

    Shared(Path dir, TestServer server) {
      this.dir = dir;
      this.server = server;
    }

    @Override
    public void close() {
      server.close();
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path path : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
          Files.deleteIfExists(path);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** A check body with these items and, when not null, audience and minRelevance. */
  static String body(String audience, String minRelevance, String... items) {
    ObjectNode body = JSON.createObjectNode();
    ArrayNode list = body.putArray("items");
    for (String item : items) {
      list.add(item);
    }
    if (audience != null) {
      body.put("audience", audience);
    }
    if (minRelevance != null) {
      body.put("minRelevance", minRelevance);
    }
    return body.toString();
  }

  /** The {@code id} of each interaction of a check or search answer, in order. */
  static List<String> ids(JsonNode answer) {
    List<String> ids = new ArrayList<>();
    answer.get("interactions").forEach(i -> ids.add(i.get("id").asText()));
    return ids;
  }

  /** Each interaction of a check answer as "ID: first item + second item", in order. */
  static List<String> pairs(JsonNode answer) {
    List<String> pairs = new ArrayList<>();
    answer.get("interactions").forEach(i -> pairs.add(
        i.get("id").asText() + ": " + i.get("items").get(0).asText() + " + " + i.get("items").get(1).asText()));
    return pairs;
  }
}
