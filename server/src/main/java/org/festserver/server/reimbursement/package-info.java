/**
 * Reimbursement as prescribers and dispensers see it (R-6.4.x): the per-dataset group index with magistral groups by
 * ATC, {@link org.festserver.server.reimbursement.ReimbursementService} (also used by the product detail endpoints)
 * and {@code GET /reimbursement}. The date and role rules live in {@code model.reimbursement}.
 */
package org.festserver.server.reimbursement;
