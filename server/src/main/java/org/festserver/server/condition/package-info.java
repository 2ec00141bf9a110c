/**
 * Conditions ({@code Vilkar}) as the API shows them: the per-dataset catalog, the views with age/sex evaluation, the
 * product conditions of a pack, brand or substance group ({@link org.festserver.server.condition.ConditionService},
 * also used by the product detail endpoints) and {@code GET /conditions}.
 */
package org.festserver.server.condition;
