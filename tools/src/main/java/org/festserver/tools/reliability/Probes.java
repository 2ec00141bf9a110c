package org.festserver.tools.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Content probes of a served dataset: the status (HentetDato, counts per kind, search documents), packs by item
 * number, a search and an interaction check. Two datasets are told apart by the whole answer set; a restarted
 * server must give exactly the set of the old or of the new dataset — never a mix, never an error.
 */
final class Probes {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ITEM_NUMBER = Pattern.compile("<Varenr>(\\d{6})</Varenr>");
  /** A fixed date, so that marketing states and prices do not depend on the day the trials run. */
  private static final String DATE = "2026-11-20";

  private final List<String> packs;

  private Probes(List<String> packs) {
    this.packs = List.copyOf(packs);
  }

  /**
   * Probes for telling {@code old} from {@code next}: the first {@code perFile} non-anchor item numbers of each file
   * (for an increment these are packs it changes, adds or removes).
   */
  static Probes between(Path old, Path next, int perFile) throws IOException {
    Set<String> numbers = new LinkedHashSet<>();
    numbers.addAll(itemNumbers(next, perFile));
    numbers.addAll(itemNumbers(old, perFile));
    numbers.add("100010"); // anchor: Zocorex Tab 20 mg, in every generated file
    return new Probes(new ArrayList<>(numbers));
  }

  /** Both probe sets in one. */
  Probes with(Probes other) {
    Set<String> numbers = new LinkedHashSet<>(packs);
    numbers.addAll(other.packs);
    return new Probes(new ArrayList<>(numbers));
  }

  private static List<String> itemNumbers(Path file, int limit) throws IOException {
    List<String> numbers = new ArrayList<>();
    try (var reader = new java.io.BufferedReader(new java.io.InputStreamReader(open(file),
        java.nio.charset.StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null && numbers.size() < limit) {
        Matcher m = ITEM_NUMBER.matcher(line);
        while (m.find() && numbers.size() < limit) {
          if (!m.group(1).startsWith("1000") && !numbers.contains(m.group(1))) {
            numbers.add(m.group(1));
          }
        }
      }
    }
    return numbers;
  }

  private static java.io.InputStream open(Path file) throws IOException {
    java.io.InputStream in = new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(file));
    String name = file.getFileName().toString();
    if (name.endsWith(".gz")) {
      return new java.util.zip.GZIPInputStream(in);
    }
    if (name.endsWith(".zip")) {
      java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(in);
      zip.getNextEntry();
      return zip;
    }
    return in;
  }

  /** Every probe's answer, keyed by probe; errors and 5xx are answers too (and never match a dataset). */
  Map<String, String> answers(Api api) throws IOException, InterruptedException {
    Map<String, String> answers = new LinkedHashMap<>();
    answers.put("status", status(api.get("/api/v1/status")));
    for (String pack : packs) {
      String path = "/api/v1/packs/" + pack + "?date=" + DATE;
      answers.put(path, api.get(path).toString());
    }
    String search = "/api/v1/search?q=zocorex&kinds=brand,pack&date=" + DATE;
    answers.put(search, api.get(search).toString());
    answers.put("interactions/check", api.postJson("/api/v1/interactions/check",
        "{\"items\":[\"100010\",\"100013\"]}").toString());
    return answers;
  }

  /** The dataset part of the status that identifies content: HentetDato, counts, documents, references. */
  private static String status(Api.Answer answer) throws IOException {
    if (answer.status() != 200) {
      return answer.toString();
    }
    JsonNode dataset = JSON.readTree(answer.body()).path("dataset");
    ObjectNode kept = JSON.createObjectNode();
    for (String field : List.of("hentetDato", "counts", "totalEntities", "searchDocuments", "unresolvedReferences")) {
      kept.set(field, dataset.path(field));
    }
    return kept.toString();
  }

  /** True when no job is queued or running. */
  static boolean jobsIdle(Api api) throws IOException, InterruptedException {
    Api.Answer answer = api.get("/api/v1/status");
    if (answer.status() != 200) {
      return false;
    }
    JsonNode jobs = JSON.readTree(answer.body()).path("jobs");
    return jobs.path("queued").asInt(0) == 0 && (jobs.path("running").isMissingNode() || jobs.path("running").isNull());
  }

  /** The HentetDato the server serves, or null. */
  static String hentetDato(Api api) throws IOException, InterruptedException {
    Api.Answer answer = api.get("/api/v1/status");
    return answer.status() != 200 ? null : JSON.readTree(answer.body()).path("dataset").path("hentetDato").asText(null);
  }

  /** The last finished job's error code, or null. */
  static String lastJobError(Api api) throws IOException, InterruptedException {
    JsonNode last = JSON.readTree(api.get("/api/v1/status").body()).path("jobs").path("last");
    return last.path("state").asText("").equals("failed") ? last.toString() : null;
  }

  /** The probe keys whose answers differ between two answer sets. */
  static List<String> differences(Map<String, String> a, Map<String, String> b) {
    List<String> keys = new ArrayList<>();
    a.forEach((k, v) -> {
      if (!v.equals(b.get(k))) {
        keys.add(k);
      }
    });
    return keys;
  }
}
