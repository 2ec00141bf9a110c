package org.festserver.model.medicine;

import org.festserver.model.common.Coded;

/** Brand product information ({@code ProduktInfo}). */
public record ProductInfo(Boolean warningTriangle, String referenceProduct, Coded vaccineStandard, String manufacturer) {}
