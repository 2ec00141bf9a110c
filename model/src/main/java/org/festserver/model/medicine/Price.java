package org.festserver.model.medicine;

import java.time.LocalDate;
import org.festserver.model.common.Coded;
import org.festserver.model.common.Money;

/**
 * A price ({@code PrisVare}) of a type from code system 7453 (medicines) or 7423 (trade goods), valid from
 * {@code validFrom} inclusive until {@code validTo}.
 */
public record Price(Coded type, Money price, LocalDate validFrom, LocalDate validTo) {}
