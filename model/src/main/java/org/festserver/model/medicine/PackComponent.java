package org.festserver.model.medicine;

import org.festserver.model.common.Coded;
import org.festserver.model.common.Quantity;

/** A component of a set or a unit dose ({@code Pakningskomponent}), R-6.2.6. */
public record PackComponent(Coded packType, Quantity amount, Integer count) {}
