package org.festserver.tools.load;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The requests of one connection, drawn as it goes from a seeded random (so a run is repeatable and nothing is
 * cycled): the class by the workload's weights; a product name or pack Zipf-like (rank r with weight 1/(r+1), over an
 * order shuffled with the seed, so a few products are popular and most are rare).
 *
 * <p>Typeahead is a typing user: a name is drawn, and the connection sends its prefixes one keystroke at a time,
 * "s", "si", "sim", "simv", … (lower case, up to a length drawn from 2 to 10 characters, prefixes that end in a space
 * or punctuation skipped as a client would), then draws the next name; the other classes interleave by weight. An
 * interaction check is {@code checkItems} distinct packs ({@code pack:NR}), as a patient's medication list.
 */
final class RequestSource {
  private static final java.time.LocalDate TODAY = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Oslo"));
  private static final byte[] HEALTH_PATH = "/api/v1/health".getBytes(StandardCharsets.US_ASCII);

  private final EndpointClass[] classes;
  private final double[] classWeights;
  private final Zipf names;
  private final Zipf packs;
  private final Random random;
  private final int checkItems;
  private final String host;
  private final boolean uncached;
  private String typing = "";
  private int typed;
  private int typeUntil;

  RequestSource(Workload workload, CatalogSample sample, String host, int connection) {
    this.random = new Random(workload.seed() * 1_000_003L + connection);
    this.classes = workload.mix().keySet().stream().sorted().toArray(EndpointClass[]::new);
    this.classWeights = new double[classes.length];
    double sum = 0;
    for (int i = 0; i < classes.length; i++) {
      sum += workload.mix().get(classes[i]);
      classWeights[i] = sum;
    }
    // the popularity order is the same for every connection (seeded by the workload only)
    this.names = new Zipf(sample.names(), workload.seed());
    this.packs = new Zipf(sample.itemNumbers(), workload.seed() + 1);
    this.checkItems = workload.checkItems();
    if (workload.mix().containsKey(EndpointClass.CHECK) && sample.itemNumbers().size() < checkItems) {
      throw new IllegalArgumentException("a check of " + checkItems + " packs needs as many packs; the server gave "
          + sample.itemNumbers().size());
    }
    this.host = host;
    this.uncached = workload.uncached();
  }

  /** The next request on this connection. */
  Request next() {
    EndpointClass c = draw();
    switch (c) {
      case TYPEAHEAD:
        return get(c, "/api/v1/search?q=" + CatalogSample.encode(nextPrefix())
            + (uncached ? "&date=" + TODAY.plusDays(random.nextInt(3650)) : ""));
      case PACK:
        return get(c, "/api/v1/packs/" + CatalogSample.encode(packs.draw(random)));
      case CHECK:
        return check();
      default:
        return new Request(c, get(HEALTH_PATH));
    }
  }

  private EndpointClass draw() {
    if (classes.length == 1) {
      return classes[0];
    }
    double x = random.nextDouble() * classWeights[classWeights.length - 1];
    for (int i = 0; i < classes.length; i++) {
      if (x < classWeights[i]) {
        return classes[i];
      }
    }
    return classes[classes.length - 1];
  }

  /** The next keystroke of the current typing user, or the first of a new one. */
  private String nextPrefix() {
    while (true) {
      if (typed >= typeUntil) {
        typing = names.draw(random).toLowerCase(Locale.ROOT);
        typed = 0;
        typeUntil = Math.min(typing.length(), 2 + random.nextInt(9));
      }
      typed++;
      String prefix = typing.substring(0, typed);
      if (Character.isLetterOrDigit(prefix.charAt(prefix.length() - 1))) {
        return prefix;
      }
    }
  }

  private Request check() {
    List<String> items = new ArrayList<>(checkItems);
    while (items.size() < checkItems) {
      String item = "pack:" + packs.draw(random);
      if (!items.contains(item)) {
        items.add(item);
      }
    }
    StringBuilder body = new StringBuilder("{\"items\":[");
    for (int i = 0; i < items.size(); i++) {
      body.append(i == 0 ? "\"" : ",\"").append(items.get(i)).append('"');
    }
    byte[] json = body.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    String head = "POST /api/v1/interactions/check HTTP/1.1\r\nHost: " + host
        + "\r\nAccept: application/json\r\nContent-Type: application/json\r\nContent-Length: " + json.length + "\r\n\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = new byte[headBytes.length + json.length];
    System.arraycopy(headBytes, 0, bytes, 0, headBytes.length);
    System.arraycopy(json, 0, bytes, headBytes.length, json.length);
    return new Request(EndpointClass.CHECK, bytes);
  }

  private Request get(EndpointClass c, String pathAndQuery) {
    return new Request(c, get(pathAndQuery.getBytes(StandardCharsets.US_ASCII)));
  }

  private byte[] get(byte[] path) {
    String head = " HTTP/1.1\r\nHost: " + host + "\r\nAccept: application/json\r\n\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = new byte[4 + path.length + headBytes.length];
    System.arraycopy("GET ".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 4);
    System.arraycopy(path, 0, bytes, 4, path.length);
    System.arraycopy(headBytes, 0, bytes, 4 + path.length, headBytes.length);
    return bytes;
  }

  /** One request, ready to write. */
  record Request(EndpointClass endpoint, byte[] bytes) {}

  /** Zipf-like draws (s = 1) over items in an order shuffled with a seed. */
  static final class Zipf {
    private final List<String> ranked;
    private final org.festserver.tools.bench.Zipf ranks;

    Zipf(List<String> items, long seed) {
      ranked = new ArrayList<>(items);
      Collections.shuffle(ranked, new Random(seed));
      ranks = new org.festserver.tools.bench.Zipf(ranked.size(), 1.0);
    }

    String draw(Random random) {
      return ranked.get(ranks.next(random));
    }
  }

  /** Weights as given, for reports. */
  static String describe(Map<EndpointClass, Double> mix) {
    StringBuilder s = new StringBuilder();
    mix.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
        s.append(s.length() == 0 ? "" : " ").append(e.getKey().code()).append('=').append(e.getValue()));
    return s.toString();
  }
}
