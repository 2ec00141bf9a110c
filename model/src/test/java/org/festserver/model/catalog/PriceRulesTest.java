package org.festserver.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.festserver.model.common.Coded;
import org.festserver.model.common.Money;
import org.festserver.model.medicine.Price;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** price validity and the next future price. */
final class PriceRulesTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

  private static Price price(String type, String amount, LocalDate from, LocalDate to) {
    return new Price(Coded.of(type, type), new Money(new BigDecimal(amount), "NOK"), from, to);
  }

  @Test
  @DisplayName("R-6.3.2: GyldigFraDato is inclusive and GyldigTilDato exclusive")
  void validityIsFromInclusiveToExclusive() {
    Price p = price("4", "10", DAY, DAY.plusDays(10));
    assertThat(PriceRules.validOn(p, DAY.minusDays(1))).isFalse();
    assertThat(PriceRules.validOn(p, DAY)).isTrue();
    assertThat(PriceRules.validOn(p, DAY.plusDays(9))).isTrue();
    assertThat(PriceRules.validOn(p, DAY.plusDays(10))).isFalse();
    assertThat(PriceRules.validOn(price("4", "10", null, null), DAY)).isTrue();
  }

  @Test
  @DisplayName("R-6.3.2: the next price per type is the earliest that starts after the date")
  void nextPriceIsEarliestFuturePerType() {
    Price current = price("4", "100", DAY.minusDays(30), DAY.plusDays(12));
    Price soon = price("4", "90", DAY.plusDays(12), null);
    Price later = price("4", "80", DAY.plusDays(40), null);
    Price aip = price("3", "50", DAY.minusDays(30), null);
    List<Price> prices = List.of(later, current, soon, aip);
    assertThat(PriceRules.current(prices, DAY)).containsExactly(current, aip);
    assertThat(PriceRules.next(prices, DAY)).containsExactly(soon);
  }

  @Test
  @DisplayName("R-6.3.1: code system 7453 codes name AIP, AUP, trinnpris and refusjonspris as seen in real files")
  void priceKindsFollowRealData() {
    assertThat(PriceRules.kind(Coded.of("3", "AIP"))).isEqualTo("aip");
    assertThat(PriceRules.kind(Coded.of("4", "AUP"))).isEqualTo("aup");
    assertThat(PriceRules.kind(Coded.of("5", "Trinnpris"))).isEqualTo("step-price");
    assertThat(PriceRules.kind(Coded.of("2", "Refusjonspris"))).isEqualTo("reimbursement-price");
    assertThat(PriceRules.kind(Coded.of("P", "Maks refusjonspris"))).isEqualTo("P");
  }
}
