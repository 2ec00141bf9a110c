/**
 * Product details: substance groups, brands, packs (by varenummer, utgående varenummer or EAN), unit doses, and the
 * interchangeable packs of a pack (R-3.3.x, R-6.x, R-7.1.1). Reads the live dataset through the store and its
 * lookups; the FEST rules themselves live in {@code model.catalog}.
 */
package org.festserver.server.product;
