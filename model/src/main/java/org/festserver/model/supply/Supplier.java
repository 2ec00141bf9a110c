package org.festserver.model.supply;

/** The supplier of a trade good ({@code Leverandor}). */
public record Supplier(String name, String address, String phone) {}
