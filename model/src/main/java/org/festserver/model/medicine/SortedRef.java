package org.festserver.model.medicine;

/**
 * A sorted reference to a substance, with or without strength ({@code SortertVirkestoffMedStyrke} /
 * {@code SortertVirkestoffUtenStyrke}). The order is informational only: matching ignores it.
 */
public record SortedRef(Integer order, String ref) {}
