/**
 * Reimbursement: legal basis ({@code Refusjonshjemmel}) → group ({@code Refusjonsgruppe}) → code
 * ({@code Refusjonskode}) with its conditions (R-6.4.x), and the pure rules over them: validity on a date for a role
 * on both the code and the product's link ({@link org.festserver.model.reimbursement.ValidityWindow},
 * {@link org.festserver.model.reimbursement.ReimbursementResolver}), which text a role sees
 * ({@link org.festserver.model.reimbursement.CodeDisplay}) and magistral groups by ATC
 * ({@link org.festserver.model.reimbursement.MagistralRule}). JDK only.
 */
package org.festserver.model.reimbursement;
