/**
 * Metrics in the Prometheus format at {@code /metrics} and the access log: one line per request with its latency,
 * never the query string (no personal data such as age or sex).
 */
package org.festserver.server.observe;
