package org.festserver.tools.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * One load phase as a workload file describes it ({@code tools/workloads/*.json}, also bundled in the tools jar):
 *
 * <pre>
 * {"name": "typeahead", "seed": 1, "connections": 16, "duration": "20s", "warmup": "5s",
 *  "mix": {"typeahead": 1.0}, "checkItems": 10}
 * </pre>
 *
 * {@code mix} gives the relative weight of each request class ({@code typeahead}, {@code pack}, {@code check},
 * {@code health}); {@code checkItems} the number of packs in an interaction check. {@code "uncached": true} gives
 * every search a {@code date} drawn from the next ten years, so that the server's answer cache (keyed by the whole
 * request) almost never hits: the search itself is measured. Durations are {@code 500ms}, {@code 20s} or {@code 2m}.
 */
record Workload(String name, long seed, int connections, Duration duration, Duration warmup,
    Map<EndpointClass, Double> mix, int checkItems, boolean uncached) {

  Workload {
    if (connections < 1) {
      throw new IllegalArgumentException(name + ": connections must be at least 1");
    }
    if (mix.isEmpty() || mix.values().stream().anyMatch(w -> w < 0) || mix.values().stream().mapToDouble(w -> w).sum() <= 0) {
      throw new IllegalArgumentException(name + ": mix needs positive weights");
    }
    if (checkItems < 2 || checkItems > 50) {
      throw new IllegalArgumentException(name + ": checkItems must be 2 to 50");
    }
    mix = Map.copyOf(mix);
  }

  /** The floor: the same connections and duration against {@code GET /api/v1/health}. */
  static Workload floor(String name, int connections, Duration duration, Duration warmup) {
    return new Workload(name, 0, connections, duration, warmup, Map.of(EndpointClass.HEALTH, 1.0), 10, false);
  }

  Workload with(Integer connections, Duration duration, Duration warmup) {
    return new Workload(name, seed, connections != null ? connections : this.connections,
        duration != null ? duration : this.duration, warmup != null ? warmup : this.warmup, mix, checkItems, uncached);
  }

  /** A workload by name: {@code tools/workloads/NAME.json} when run from the checkout, else the bundled copy. */
  static Workload named(String name) {
    Path file = Path.of("tools", "workloads", name + ".json");
    if (Files.isRegularFile(file)) {
      return read(file);
    }
    try (InputStream in = Workload.class.getResourceAsStream("/workloads/" + name + ".json")) {
      if (in == null) {
        throw new IllegalArgumentException("no workload '" + name + "' (tools/workloads/" + name + ".json)");
      }
      return parse(new ObjectMapper().readTree(in), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Workload read(Path file) {
    try {
      String fallback = file.getFileName().toString().replaceFirst("\\.json$", "");
      return parse(new ObjectMapper().readTree(file.toFile()), fallback);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read workload " + file, e);
    }
  }

  static Workload parse(JsonNode root, String fallbackName) {
    Map<EndpointClass, Double> mix = new EnumMap<>(EndpointClass.class);
    JsonNode weights = root.path("mix");
    for (Iterator<Map.Entry<String, JsonNode>> it = weights.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> weight = it.next();
      if (weight.getValue().asDouble() > 0) {
        mix.put(EndpointClass.byCode(weight.getKey()), weight.getValue().asDouble());
      }
    }
    return new Workload(root.path("name").asText(fallbackName), root.path("seed").asLong(1),
        root.path("connections").asInt(16), duration(root.path("duration").asText("20s")),
        duration(root.path("warmup").asText("5s")), mix, root.path("checkItems").asInt(10),
        root.path("uncached").asBoolean(false));
  }

  /** Parses {@code 500ms}, {@code 20s}, {@code 2m} (a bare number is seconds). */
  static Duration duration(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    try {
      if (t.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
      } else if (t.endsWith("s")) {
        return Duration.ofMillis(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 1000));
      } else if (t.endsWith("m")) {
        return Duration.ofSeconds(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 60));
      }
      return Duration.ofMillis(Math.round(Double.parseDouble(t) * 1000));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a duration: '" + text + "' (expected e.g. 500ms, 20s, 2m)");
    }
  }
}
