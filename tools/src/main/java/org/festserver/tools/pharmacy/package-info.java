/**
 * A deterministic generator for a realistic sample of the Swedish veterinary pharmacy list
 * ({@code data/apotekslista_js_djur_*.txt}). Uses the JDK and {@code model} only; the synthetic names, addresses,
 * phone numbers and GLNs are not real pharmacies, the towns and their county/municipality codes are.
 */
package org.festserver.tools.pharmacy;
