package org.festserver.model.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.festserver.model.common.Coded;
import org.festserver.model.medicine.Price;

/**
 * Price validity: GyldigFraDato is inclusive, GyldigTilDato is the day the price stops. Several
 * prices of one type may coexist with different periods; a future one appears less than 3 weeks ahead.
 */
public final class PriceRules {
  private PriceRules() {}

  /** True when the price applies on the date: from {@code validFrom} inclusive, until {@code validTo} exclusive. */
  public static boolean validOn(Price price, LocalDate date) {
    return (price.validFrom() == null || !price.validFrom().isAfter(date))
        && (price.validTo() == null || date.isBefore(price.validTo()));
  }

  /** The prices valid on the date, in file order. */
  public static List<Price> current(List<Price> prices, LocalDate date) {
    List<Price> result = new ArrayList<>();
    for (Price price : prices) {
      if (validOn(price, date)) {
        result.add(price);
      }
    }
    return result;
  }

  /** Per price type, the earliest price that starts after the date (the next price), in first-seen type order. */
  public static List<Price> next(List<Price> prices, LocalDate date) {
    Map<String, Price> byType = new LinkedHashMap<>();
    for (Price price : prices) {
      if (price.validFrom() == null || !price.validFrom().isAfter(date)) {
        continue;
      }
      byType.merge(String.valueOf(Coded.codeOf(price.type())), price,
          (a, b) -> b.validFrom().isBefore(a.validFrom()) ? b : a);
    }
    List<Price> result = new ArrayList<>(byType.values());
    result.sort(Comparator.comparing(Price::validFrom));
    return result;
  }

  /**
   * The API name of a medicine price type from code system 7453 as observed in real files: 2
   * reimbursement-price (refusjonspris), 3 aip, 4 aup, 5 step-price (trinnpris); other codes and trade-goods types
   * (7423) are named by their code.
   */
  public static String kind(Coded type) {
    String code = Coded.codeOf(type);
    if (code == null) {
      return "unknown";
    }
    switch (code) {
      case "2":
        return "reimbursement-price";
      case "3":
        return "aip";
      case "4":
        return "aup";
      case "5":
        return "step-price";
      default:
        return code;
    }
  }
}
