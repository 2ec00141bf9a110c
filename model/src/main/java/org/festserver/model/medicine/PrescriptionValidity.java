package org.festserver.model.medicine;

import org.festserver.model.common.Coded;

/**
 * How long a prescription is valid ({@code Reseptgyldighet}): an ISO 8601 duration such as {@code P1Y}, optionally
 * for one sex only (code system 3101), R-3.3.7 and.
 */
public record PrescriptionValidity(Coded sex, String duration) {}
