package org.festserver.model.medicine;

import java.time.LocalDate;

/** A pack's membership in a byttegruppe ({@code PakningByttegruppe}), valid from {@code validFrom}. */
public record InterchangeLink(String groupRef, LocalDate validFrom, LocalDate validTo) {}
