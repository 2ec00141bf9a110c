package org.festserver.model.common;

import java.math.BigDecimal;

/** A physical quantity (KITH {@code PQ}): a number and a unit such as {@code mg} or {@code ml}. */
public record Quantity(BigDecimal value, String unit) {}
