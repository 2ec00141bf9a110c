/**
 * Persisted update jobs applied by one writer thread: FEST loads (full or incremental) and pharmacy lists, submitted
 * by upload or dropped into the data directory's {@code inbox/}. Jobs live in a MapDB file and survive restarts. Knows
 * nothing about HTTP: the server maps a job's error code to its problem type.
 */
package org.festserver.indexer.jobs;
