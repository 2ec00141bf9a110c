/**
 * Trade goods (R-12.x): the per-dataset product-group tree (code system 7403 + Handelsvare),
 * {@link org.festserver.server.supply.SupplyService} and {@code GET /supplies/tree}, {@code GET /supplies/{nr}}.
 * The tree and prescribability rules live in {@code model.supply}.
 */
package org.festserver.server.supply;
