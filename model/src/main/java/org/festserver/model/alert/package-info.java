/**
 * Alerts from the medicines agency ({@code VarselSlv}), R-9.x, and the pure rules: where an alert shows
 * ({@link org.festserver.model.alert.AlertPropagation}, R-9.5.1) and who sees it when
 * ({@link org.festserver.model.alert.AlertFilter}). JDK only.
 */
package org.festserver.model.alert;
