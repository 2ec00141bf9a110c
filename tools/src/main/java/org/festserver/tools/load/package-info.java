/**
 * The HTTP load generator ({@code fest-tools load}) and the whole benchmark run ({@code fest-tools bench-all}):
 * closed-loop connections against a running server, a realistic request mix drawn from the server's own catalog,
 * latency in HdrHistograms per endpoint class, and the HTTP floor (a trivial endpoint of the same server) measured in
 * the same run. Depends on the tools' benchmarks and on nothing of the server but its HTTP API.
 */
package org.festserver.tools.load;
