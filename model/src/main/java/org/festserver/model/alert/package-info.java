/** Alerts from the medicines agency ({@code VarselSlv}), R-9.x. */
package org.festserver.model.alert;
