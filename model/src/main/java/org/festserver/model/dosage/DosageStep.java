package org.festserver.model.dosage;

import java.math.BigDecimal;

/**
 * One step of a structured dosage ({@code Legemiddelforbruk}): sequence number, amount, period (ISO duration),
 * repetitions (null = forever) and the dosing.
 */
public record DosageStep(int sequence, BigDecimal amount, String period, Integer iterations, Dosing dosing) {}
