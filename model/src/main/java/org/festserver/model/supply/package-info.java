/** Reimbursed trade goods ({@code Handelsvare}): nutrition, medical consumables and breast prostheses, R-12.x. */
package org.festserver.model.supply;
