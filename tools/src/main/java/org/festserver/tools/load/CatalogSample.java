package org.festserver.tools.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Real names and item numbers taken from the live server itself, by walking {@code GET /api/v1/search} with every
 * letter and digit as the query (following {@code next} cursors up to a cap per letter): product names (substance
 * groups and brands, the default kinds of typeahead) and pack item numbers. Setup only, not measured; the JDK client
 * is fine here.
 */
record CatalogSample(List<String> names, List<String> itemNumbers) {
  private static final String FIRST_CHARACTERS = "abcdefghijklmnopqrstuvwxyzæøå0123456789";

  /**
   * @param namePagesPerLetter pages of 100 product names taken per first character
   * @param packPagesPerLetter pages of 100 packs taken per first character
   */
  static CatalogSample fetch(String baseUrl, int namePagesPerLetter, int packPagesPerLetter)
      throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    ObjectMapper json = new ObjectMapper();
    Set<String> names = new LinkedHashSet<>();
    Set<String> items = new LinkedHashSet<>();
    for (char c : FIRST_CHARACTERS.toCharArray()) {
      walk(client, json, baseUrl, String.valueOf(c), "substance-group,brand", namePagesPerLetter,
          hit -> names.add(hit.path("name").asText()));
      walk(client, json, baseUrl, String.valueOf(c), "pack", packPagesPerLetter,
          hit -> items.add(hit.path("itemNumber").asText()));
    }
    names.removeIf(String::isBlank);
    items.removeIf(String::isBlank);
    if (names.isEmpty() || items.isEmpty()) {
      throw new IllegalStateException("the server at " + baseUrl + " gave " + names.size() + " names and " + items.size()
          + " packs; load a full dataset first");
    }
    return new CatalogSample(List.copyOf(names), List.copyOf(items));
  }

  private static void walk(HttpClient client, ObjectMapper json, String baseUrl, String q, String kinds, int pages,
      java.util.function.Consumer<JsonNode> hits) throws IOException, InterruptedException {
    String cursor = null;
    for (int page = 0; page < pages; page++) {
      String uri = baseUrl + "/api/v1/search?limit=100&kinds=" + kinds + "&q=" + encode(q)
          + (cursor == null ? "" : "&cursor=" + encode(cursor));
      HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(uri)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IOException("GET " + uri + " answered " + response.statusCode() + ": " + response.body());
      }
      JsonNode root = json.readTree(response.body());
      root.path("hits").forEach(hits);
      JsonNode next = root.path("next");
      if (next.isNull() || next.isMissingNode()) {
        return;
      }
      cursor = next.asText();
    }
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /** For reports: how many of each were sampled. */
  String describe() {
    List<String> parts = new ArrayList<>();
    parts.add(names.size() + " product names");
    parts.add(itemNumbers.size() + " pack item numbers");
    return String.join(", ", parts);
  }
}
