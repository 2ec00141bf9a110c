/**
 * {@code GET /search}: typeahead over the dataset's Lucene index ({@code indexer.search}), with request validation and
 * a per-dataset cache of recent answers. Groups before brands, Norwegian alphabetical order; products no
 * longer sold left out by default (R-6.1.x).
 */
package org.festserver.server.search;
