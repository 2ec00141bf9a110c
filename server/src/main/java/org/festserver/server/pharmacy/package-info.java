/**
 * {@code GET /pharmacies} and {@code GET /pharmacies/{gln}}: the live Swedish veterinary pharmacy list
 * ({@link org.festserver.indexer.pharmacy.PharmacyStore}), searched by name, county, municipality and whether a
 * pharmacy handles veterinary e-prescriptions.
 */
package org.festserver.server.pharmacy;
