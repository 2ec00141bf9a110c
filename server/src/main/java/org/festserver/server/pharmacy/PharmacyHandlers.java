package org.festserver.server.pharmacy;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.festserver.indexer.pharmacy.PharmacyDirectory;
import org.festserver.indexer.pharmacy.PharmacyQuery;
import org.festserver.indexer.pharmacy.PharmacySearchResult;
import org.festserver.indexer.pharmacy.PharmacyStore;
import org.festserver.model.pharmacy.Gln;
import org.festserver.model.pharmacy.Pharmacy;
import org.festserver.server.problem.ApiException;
import org.festserver.server.problem.Problem;

/**
 * {@code GET /pharmacies?q=&county=&municipality=&vet=&limit=} (sorted by name, Swedish collation; {@code total}
 * counts every match) and {@code GET /pharmacies/{gln}}.
 */
public final class PharmacyHandlers {
  private final PharmacyStore store;

  public PharmacyHandlers(PharmacyStore store) {
    this.store = store;
  }

  public void search(Context ctx) {
    PharmacyQuery query = query(ctx);
    PharmacyDirectory directory = live();
    PharmacySearchResult result = directory.search(query);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("exportedAt", directory.exportedAt().toString());
    body.put("total", result.total());
    body.put("pharmacies", result.pharmacies().stream().map(PharmacyJson::of).toList());
    ctx.json(body);
  }

  public void byGln(Context ctx) {
    String gln = ctx.pathParam("gln").strip();
    String problem = Gln.problem(gln);
    if (problem != null) {
      throw ApiException.invalidParameter("gln", problem + " (13 digits with a GS1 check digit)");
    }
    Pharmacy pharmacy = live().byGln(gln).orElseThrow(() -> ApiException.notFound("pharmacy with GLN", gln));
    ctx.json(PharmacyJson.of(pharmacy));
  }

  private PharmacyDirectory live() {
    return store.current().orElseThrow(() -> new ApiException(Problem.NO_PHARMACY_LIST, "no pharmacy list is loaded yet"));
  }

  private static PharmacyQuery query(Context ctx) {
    boolean vet = vet(ctx.queryParam("vet"));
    int limit = limit(ctx.queryParam("limit"));
    try {
      return new PharmacyQuery(ctx.queryParam("q"), ctx.queryParam("county"), ctx.queryParam("municipality"), vet, limit);
    } catch (IllegalArgumentException e) {
      // PharmacyQuery names the parameter first: "county must be …"
      String message = e.getMessage();
      int space = message.indexOf(' ');
      String name = space > 0 ? message.substring(0, space) : "query";
      throw ApiException.invalidParameter(name, space > 0 ? message.substring(space + 1) : message);
    }
  }

  private static boolean vet(String value) {
    if (value == null || value.isBlank() || value.equalsIgnoreCase("false")) {
      return false;
    }
    if (value.equalsIgnoreCase("true")) {
      return true;
    }
    throw ApiException.invalidParameter("vet", "must be true or false, got '" + value + "'");
  }

  private static int limit(String value) {
    if (value == null || value.isBlank()) {
      return PharmacyQuery.DEFAULT_LIMIT;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw ApiException.invalidParameter("limit", "must be a whole number between 1 and " + PharmacyQuery.MAX_LIMIT
          + ", got '" + value + "'");
    }
  }
}
