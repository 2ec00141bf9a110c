/**
 * Alerts from the medicines agency (R-9.x): the per-dataset index of alerts by the product they show on with the
 * propagation of pre-expanded, {@link org.festserver.server.alert.AlertService} (also used by the product
 * detail endpoints) and {@code GET /alerts}. The propagation and filter rules live in {@code model.alert}.
 */
package org.festserver.server.alert;
