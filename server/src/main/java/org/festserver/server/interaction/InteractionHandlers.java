package org.festserver.server.interaction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.festserver.model.alert.AlertAudience;
import org.festserver.model.interaction.MinRelevance;
import org.festserver.server.dataset.LiveDataset;
import org.festserver.server.param.Params;
import org.festserver.server.problem.ApiException;
import org.festserver.server.problem.FieldError;
import org.festserver.server.problem.Problem;

/** {@code POST /interactions/check} and {@code GET /interactions?q=}. */
public final class InteractionHandlers {
  static final int MAX_QUERY_LENGTH = 100;
  static final int DEFAULT_LIMIT = 100;
  static final int MAX_LIMIT = 1000;

  private final LiveDataset live;
  private final ObjectMapper json;

  public InteractionHandlers(LiveDataset live, ObjectMapper json) {
    this.live = live;
    this.json = json;
  }

  public void check(Context ctx) {
    CheckRequest request = checkRequest(ctx.body());
    ctx.json(live.read(ctx, dataset -> InteractionChecker.check(dataset, request)));
  }

  public void search(Context ctx) {
    String q = Params.optional(ctx, "q");
    if (q == null) {
      throw ApiException.invalidParameter("q", "is required: an ATC code, a substance name or a substance group name");
    }
    if (q.length() > MAX_QUERY_LENGTH) {
      throw ApiException.invalidParameter("q", "must be at most " + MAX_QUERY_LENGTH + " characters, got " + q.length());
    }
    MinRelevance minRelevance = minRelevance(Params.optional(ctx, "minRelevance"), MinRelevance.NONE);
    int limit = intParameter("limit", Params.optional(ctx, "limit"), DEFAULT_LIMIT, 1, MAX_LIMIT);
    int offset = intParameter("offset", Params.optional(ctx, "offset"), 0, 0, Integer.MAX_VALUE);
    ctx.json(live.read(ctx, dataset -> InteractionSearcher.search(dataset, q, minRelevance, offset, limit)));
  }

  /**
   * Parses and validates a check body.
   *
   * @throws ApiException 400 for a body that is not a JSON object, missing {@code items}, more than
   *     {@value CheckRequest#MAX_ITEMS} items, or an unknown {@code audience} or {@code minRelevance}
   */
  public CheckRequest checkRequest(String body) {
    JsonNode root;
    try {
      root = body == null || body.isBlank() ? null : json.readTree(body);
    } catch (JsonProcessingException e) {
      throw new ApiException(Problem.INVALID_BODY, "the body is not valid JSON: " + e.getOriginalMessage(),
          List.of(new FieldError("body", "not valid JSON")));
    }
    if (root == null || !root.isObject()) {
      throw new ApiException(Problem.INVALID_BODY,
          "expected a JSON object such as {\"items\": [\"atc:C10AA01\", \"pack:100013\"]}",
          List.of(new FieldError("body", "not a JSON object")));
    }
    JsonNode items = root.get("items");
    if (items == null || items.isNull()) {
      throw ApiException.invalidParameter("items", "is required: a list of items such as \"atc:C10AA01\"");
    }
    if (!items.isArray()) {
      throw ApiException.invalidParameter("items", "must be a list of strings, got " + items.getNodeType());
    }
    if (items.size() > CheckRequest.MAX_ITEMS) {
      throw ApiException.invalidParameter("items", "at most " + CheckRequest.MAX_ITEMS + " items, got " + items.size());
    }
    List<String> values = new ArrayList<>(items.size());
    for (JsonNode item : items) {
      values.add(item.isTextual() ? item.textValue() : item.toString());
    }
    Optional<AlertAudience> audience = Optional.empty();
    String audienceValue = text(root, "audience");
    if (audienceValue != null) {
      audience = Optional.of(AlertAudience.fromParameter(audienceValue).orElseThrow(() -> ApiException.invalidParameter(
          "audience", "must be one of gp, specialist, hospital, pharmacy, vet, got '" + audienceValue + "'")));
    }
    return new CheckRequest(values, audience, minRelevance(text(root, "minRelevance"), MinRelevance.PRECAUTIONS));
  }

  /** A string member of the body, null when absent or JSON null; any other JSON type is a bad parameter. */
  private static String text(JsonNode root, String name) {
    JsonNode node = root.get(name);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      throw ApiException.invalidParameter(name, "must be a string, got " + node.getNodeType());
    }
    return node.textValue();
  }

  private static MinRelevance minRelevance(String value, MinRelevance fallback) {
    if (value == null) {
      return fallback;
    }
    return MinRelevance.ofParameter(value).orElseThrow(() -> ApiException.invalidParameter(
        "minRelevance", "must be one of avoid, precautions, none, got '" + value + "'"));
  }

  private static int intParameter(String name, String value, int fallback, int min, int max) {
    if (value == null) {
      return fallback;
    }
    try {
      int parsed = Integer.parseInt(value);
      if (parsed >= min && parsed <= max) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw ApiException.invalidParameter(name, "must be a whole number from " + min + " to " + max + ", got '" + value + "'");
  }
}
