package org.festserver.server.interaction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.festserver.indexer.testing.TestFiles;
import org.festserver.server.testing.TestServer;

/** The interaction scenario ({@code fest/interactions/interaction-rules.xml}) on a real server, and request helpers. */
final class InteractionScenario {
  static final String RULES = "fest/interactions/interaction-rules.xml";
  private static final ObjectMapper JSON = new ObjectMapper();

  private InteractionScenario() {}

  static TestServer start(Path dir) {
    return TestServer.start(TestFiles.copy(RULES, dir), dir.resolve("data"));
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
