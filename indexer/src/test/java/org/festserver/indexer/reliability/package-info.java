/** Reliability tests of ingest and datasets (issue 9, {@code docs/reliability.md}): garbage, faults, fuzzing. */
package org.festserver.indexer.reliability;
