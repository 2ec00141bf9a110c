/** Reliability and security tests of the HTTP server (issue 9, {@code docs/reliability.md}). */
package org.festserver.server.reliability;
