/**
 * The Swedish veterinary pharmacy list ({@code apotekslista_js_djur}, exported daily from E-hälsomyndigheten's
 * pharmacy register EXPO) as immutable records, plus the pure rules needed to accept it: GLN check digits and the
 * export file name. JDK only; reading and storing the file lives in {@code org.festserver.indexer.pharmacy}.
 */
package org.festserver.model.pharmacy;
