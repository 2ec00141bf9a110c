/**
 * Datasets: building one from an M30 file into its own directory ({@link org.festserver.indexer.dataset.DatasetBuilder}),
 * validating it, and switching the live dataset atomically with reference-counted readers
 * ({@link org.festserver.indexer.dataset.DatasetManager}). A dataset directory is immutable once its manifest exists.
 */
package org.festserver.indexer.dataset;
