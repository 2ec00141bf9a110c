/** Shared test fixtures (published in the indexer's test-jar): sample files and datasets built on a temp dir. */
package org.festserver.indexer.testing;
