/**
 * The Lucene index of a dataset for text search. {@link org.festserver.indexer.search.SearchIndexWriter} turns
 * entities into documents while a dataset is built; {@link org.festserver.indexer.search.SearchIndex} opens the
 * finished index read-only.
 *
 * <p>Fields: {@code kind} and {@code id} (exact, stored), {@code name} (the display name, stored, and analysed as
 * {@code text}), {@code atc} (exact, stored), {@code text} (every searchable name of the entity, analysed).
 * Analysis: standard tokenizer and lower-casing. Depends on Lucene and the model only.
 */
package org.festserver.indexer.search;
