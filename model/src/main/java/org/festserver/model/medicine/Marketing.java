package org.festserver.model.medicine;

import java.time.LocalDate;

/**
 * Marketing information of a pack ({@code Markedsforingsinfo}): the former item number after a pure number change
 * the first day on the market, deregistration and temporary withdrawal.
 */
public record Marketing(
    String formerItemNumber,
    LocalDate marketedFrom,
    LocalDate deregistered,
    LocalDate temporarilyWithdrawn,
    String repackagedFromUnitDose) {}
