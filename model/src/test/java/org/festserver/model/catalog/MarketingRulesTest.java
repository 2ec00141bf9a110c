package org.festserver.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.festserver.model.medicine.Marketing;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** marketing dates and the 3-month sale rules. */
final class MarketingRulesTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

  private static Marketing marketing(LocalDate from, LocalDate deregistered, LocalDate withdrawn) {
    return new Marketing(null, from, deregistered, withdrawn, null);
  }

  @Test
  @DisplayName("R-6.1.1: a future Markedsføringsdato means not yet marketed; the day itself is marketed")
  void futureMarketingDateIsNotYetMarketed() {
    assertThat(MarketingRules.state(marketing(DAY.plusDays(1), null, null), DAY)).isEqualTo(MarketingState.NOT_YET_MARKETED);
    assertThat(MarketingRules.state(marketing(DAY, null, null), DAY)).isEqualTo(MarketingState.MARKETED);
    assertThat(MarketingRules.state(null, DAY)).isEqualTo(MarketingState.MARKETED);
  }

  @Test
  @DisplayName("R-6.1.2: a deregistered pack is sold for 3 months after Avregistreringsdato, then no longer")
  void deregisteredPackIsSoldForThreeMonths() {
    Marketing m = marketing(LocalDate.of(2010, 1, 1), LocalDate.of(2026, 8, 20), null);
    assertThat(MarketingRules.lastSaleDay(m)).isEqualTo(LocalDate.of(2026, 11, 19));
    assertThat(MarketingRules.state(m, LocalDate.of(2026, 8, 19))).isEqualTo(MarketingState.MARKETED);
    assertThat(MarketingRules.state(m, LocalDate.of(2026, 8, 20))).isEqualTo(MarketingState.DEREGISTERED);
    assertThat(MarketingRules.state(m, LocalDate.of(2026, 11, 19))).isEqualTo(MarketingState.DEREGISTERED);
    assertThat(MarketingRules.state(m, DAY)).isEqualTo(MarketingState.NO_LONGER_SOLD);
    assertThat(MarketingState.NO_LONGER_SOLD.sellable()).isFalse();
    assertThat(MarketingState.DEREGISTERED.sellable()).isTrue();
  }

  @Test
  @DisplayName("R-6.1.3: a temporarily withdrawn pack is sold for 3 months; the earlier of the two dates counts")
  void temporarilyWithdrawnUsesTheEarlierDate() {
    Marketing withdrawn = marketing(null, null, LocalDate.of(2026, 10, 1));
    assertThat(MarketingRules.state(withdrawn, DAY)).isEqualTo(MarketingState.TEMPORARILY_WITHDRAWN);
    Marketing both = marketing(null, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 6, 1));
    assertThat(MarketingRules.offMarket(both)).isEqualTo(LocalDate.of(2026, 6, 1));
    assertThat(MarketingRules.state(both, DAY)).isEqualTo(MarketingState.NO_LONGER_SOLD);
  }
}
