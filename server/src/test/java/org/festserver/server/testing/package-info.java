/** Test fixtures for the HTTP API: the real server on an ephemeral port and a small JSON client. */
package org.festserver.server.testing;
