/**
 * JMH benchmarks of the hot paths and the seeded synthetic data they run on
 * ({@link org.festserver.tools.bench.SyntheticInteractionCatalog}). Each benchmark's Javadoc states its workload and
 * the command to run it; results go to {@code docs/performance.md}.
 */
package org.festserver.tools.bench;
