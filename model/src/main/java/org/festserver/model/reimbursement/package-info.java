/**
 * Reimbursement: legal basis ({@code Refusjonshjemmel}) → group ({@code Refusjonsgruppe}) → code
 * ({@code Refusjonskode}) with its conditions (R-6.4.x).
 */
package org.festserver.model.reimbursement;
