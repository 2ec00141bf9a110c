/**
 * Reimbursed trade goods ({@code Handelsvare}): nutrition, medical consumables and breast prostheses, R-12.x, with the
 * product-group tree ({@link org.festserver.model.supply.ProductGroupTree}, R-12.1.1) and which groups can be
 * prescribed ({@link org.festserver.model.supply.ProductGroupRules}, R-12.1.2). JDK only.
 */
package org.festserver.model.supply;
