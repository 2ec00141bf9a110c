package org.festserver.model.common;

import java.math.BigDecimal;

/** An amount of money (KITH {@code MO}); the currency is an ISO 4217 code, in FEST always NOK. */
public record Money(BigDecimal amount, String currency) {}
