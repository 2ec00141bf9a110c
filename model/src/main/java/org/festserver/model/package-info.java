/**
 * Immutable domain records for the FEST catalog and the pure rules over them. Imports the JDK only: no Lucene,
 * MapDB, XML binding or HTTP types may appear here. English names; {@code docs/glossary.md} maps them to FEST terms.
 */
package org.festserver.model;
