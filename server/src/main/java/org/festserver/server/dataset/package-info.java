/**
 * The server's view of the live dataset: a lease per request ({@link org.festserver.server.dataset.LiveDataset}),
 * and what is loaded at start ({@link org.festserver.server.dataset.StartupLoader}).
 */
package org.festserver.server.dataset;
