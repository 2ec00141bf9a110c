/**
 * Command-line tools around the FEST server: the {@link org.festserver.tools.ToolsMain} entry point and its
 * subcommands (synthetic data generation, benchmarks, the load generator, reliability trials). Depends on everything, nothing
 * depends on it.
 */
package org.festserver.tools;
