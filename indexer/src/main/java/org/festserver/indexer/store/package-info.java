/**
 * MapDB storage of one dataset: every entity by kind and key (records encoded with Smile), and the secondary
 * lookups ({@link org.festserver.indexer.store.Lookup}). Written once by a build and then opened read-only; a
 * dataset file is never modified while it is live. Nothing here knows about HTTP.
 */
package org.festserver.indexer.store;
