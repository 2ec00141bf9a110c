/**
 * Streaming ingest of M30 files: opening {@code .xml}, {@code .xml.gz} and {@code .zip} input safely
 * ({@link org.festserver.indexer.ingest.FestInput}), reading one {@code Oppf*} entry at a time with StAX and Jakarta
 * XML Binding ({@link org.festserver.indexer.ingest.FestReader}), and the statistics and errors of a read. The whole
 * document is never held in memory. DTDs and external entities are refused, never resolved.
 */
package org.festserver.indexer.ingest;
