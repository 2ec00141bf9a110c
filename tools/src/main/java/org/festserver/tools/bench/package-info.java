/**
 * JMH benchmarks of the hot paths, each self-describing (workload and command in its javadoc) and seeded, and the
 * seeded {@link org.festserver.tools.bench.SyntheticInteractionCatalog} the interaction benchmarks and property test
 * can run on. Figures go to {@code docs/performance.md}. Depends on everything; nothing depends on it.
 */
package org.festserver.tools.bench;
