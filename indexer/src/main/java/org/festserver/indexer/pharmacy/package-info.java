/**
 * Reading, storing and searching the Swedish veterinary pharmacy list ({@code apotekslista_js_djur_*.txt}).
 *
 * <p>Entry points: {@link org.festserver.indexer.pharmacy.PharmacyStore} (install a file, survive restarts, hand out
 * the live {@link org.festserver.indexer.pharmacy.PharmacyDirectory}) and
 * {@link org.festserver.indexer.pharmacy.PharmacyListReader} (parse one file, report bad lines). Everything else is
 * package-private. Depends on {@code model} and SLF4J only; it must not depend on the FEST dataset, Lucene or MapDB
 * (the list is small enough to search in memory). The accepted format is documented in {@code docs/pharmacies.md}.
 */
package org.festserver.indexer.pharmacy;
