package org.festserver.indexer.pharmacy;

/**
 * A pharmacy search. Build one from {@link #all()} and the {@code with…} methods.
 *
 * @param text words that must each start a word of the name, short name or city (any case, accents optional); null
 *     or blank for no text condition
 * @param county two-digit county (län) code ({@code LT}), e.g. {@code 14}; a one-digit code is padded; null for any
 * @param municipality either the two-digit code within the county ({@code KO}, e.g. {@code 80}) or the national
 *     four-digit code (county + KO, e.g. {@code 1480}); null for any
 * @param vetOnly keep only pharmacies that handle veterinary e-prescriptions ({@code E = J}); false keeps all
 * @param limit the most pharmacies returned, 1 to {@link #MAX_LIMIT}; the total count is not limited
 */
public record PharmacyQuery(String text, String county, String municipality, boolean vetOnly, int limit) {
  /** Limit used by {@link #all()}. */
  public static final int DEFAULT_LIMIT = 50;
  /** Largest allowed limit; more than every pharmacy in Sweden (about 1 400). */
  public static final int MAX_LIMIT = 5000;

  /**
   * Normalises and checks the parameters.
   *
   * @throws IllegalArgumentException naming the parameter when county, municipality or limit is malformed
   */
  public PharmacyQuery {
    text = text == null || text.isBlank() ? null : text.strip();
    county = blankToNull(county);
    municipality = blankToNull(municipality);
    if (county != null) {
      if (!county.matches("\\d{1,2}")) {
        throw new IllegalArgumentException("county must be a two-digit county (län) code, got '" + county + "'");
      }
      county = county.length() == 1 ? "0" + county : county;
    }
    if (municipality != null && !municipality.matches("\\d{2}|\\d{4}")) {
      throw new IllegalArgumentException(
          "municipality must be a two-digit (KO) or four-digit (län + KO) code, got '" + municipality + "'");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
    }
  }

  /** Every pharmacy, first {@link #DEFAULT_LIMIT} by name. */
  public static PharmacyQuery all() {
    return new PharmacyQuery(null, null, null, false, DEFAULT_LIMIT);
  }

  /** This query with another text (null or blank: no text condition). */
  public PharmacyQuery withText(String newText) {
    return new PharmacyQuery(newText, county, municipality, vetOnly, limit);
  }

  /** This query restricted to another county code (null: any county). */
  public PharmacyQuery withCounty(String newCounty) {
    return new PharmacyQuery(text, newCounty, municipality, vetOnly, limit);
  }

  /** This query restricted to another municipality code (null: any municipality). */
  public PharmacyQuery withMunicipality(String newMunicipality) {
    return new PharmacyQuery(text, county, newMunicipality, vetOnly, limit);
  }

  /** This query keeping only pharmacies that handle veterinary e-prescriptions, or not. */
  public PharmacyQuery withVetOnly(boolean newVetOnly) {
    return new PharmacyQuery(text, county, municipality, newVetOnly, limit);
  }

  /** This query with another limit. */
  public PharmacyQuery withLimit(int newLimit) {
    return new PharmacyQuery(text, county, municipality, vetOnly, newLimit);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
