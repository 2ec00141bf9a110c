package org.festserver.indexer.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/**
 * The ids of the search-catalog scenario ({@link TestFiles#SEARCH_CATALOG}) by their short keys (see
 * {@code fest/search-catalog/make_fixture.py}), and the date its tests run on.
 */
public final class SearchCatalog {
  /** The day the scenario's tests run on (its marketing and price dates are relative to it). */
  public static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
  /** A clock at noon of {@link #TODAY} in Norway. */
  public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T11:00:00Z"), ZoneId.of("Europe/Oslo"));

  private static final Map<String, String> IDS = load();

  private SearchCatalog() {}

  /** The FEST id of a key such as {@code g_simva20} (group), {@code zoc20} (brand) or {@code p100010} (pack). */
  public static String id(String key) {
    String id = IDS.get(key);
    if (id == null) {
      throw new IllegalArgumentException("no id for key " + key + " in fest/search-catalog/ids.txt");
    }
    return id;
  }

  private static Map<String, String> load() {
    Map<String, String> ids = new HashMap<>();
    try (InputStream in = SearchCatalog.class.getClassLoader().getResourceAsStream("fest/search-catalog/ids.txt");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        int eq = line.indexOf('=');
        if (eq > 0) {
          ids.put(line.substring(0, eq), line.substring(eq + 1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ids;
  }
}
