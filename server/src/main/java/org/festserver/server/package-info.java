/**
 * The HTTP server: {@link org.festserver.server.Main} reads the configuration and starts
 * {@link org.festserver.server.CatalogServer}, the composition root that wires the live dataset into the per-feature
 * handlers. Depends on the indexer's read API, Javalin and Jackson.
 */
package org.festserver.server;
