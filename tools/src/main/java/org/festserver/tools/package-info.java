/**
 * Command-line tools around the FEST server: the {@link org.festserver.tools.ToolsMain} entry point and its
 * subcommands (synthetic data generation now; benchmarks and load tests later). Depends on everything, nothing
 * depends on it.
 */
package org.festserver.tools;
