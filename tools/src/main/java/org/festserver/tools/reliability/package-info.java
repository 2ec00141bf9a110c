/**
 * Reliability tools that drive a real server process over HTTP: {@code crash-trials} (kill -9 at random moments of
 * loads and increments, then check the restarted server serves exactly the old or the new dataset) and {@code soak}
 * (steady load with dataset switches, errors and heap after GC sampled into a CSV and a chart). Results are recorded
 * in {@code docs/reliability.md}.
 */
package org.festserver.tools.reliability;
