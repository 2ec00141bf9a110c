/**
 * The synthetic M30 (FEST 2.5.1 / 2.5.0) generator: a seeded, streaming writer of full catalog files and
 * incremental files that look like the real Rekvirent extract.
 *
 * <p>Public surface: {@link org.festserver.tools.generate.FestGenerator} (programmatic use), the picocli
 * commands, {@link org.festserver.tools.generate.Anchors} (fixed entities tests rely on) and the option and
 * summary records. Everything else is package-private. The package reads its word lists and code systems from
 * classpath resources next to it and depends only on the JDK, StAX (Woodstox) and picocli; it must not depend on
 * the indexer or server.
 */
package org.festserver.tools.generate;
