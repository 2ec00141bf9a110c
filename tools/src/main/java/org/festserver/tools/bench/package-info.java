/**
 * JMH benchmarks of the server's hot paths over a real dataset; each class's Javadoc gives its workload and the
 * command to run it. Figures go to {@code docs/performance.md}.
 */
package org.festserver.tools.bench;
