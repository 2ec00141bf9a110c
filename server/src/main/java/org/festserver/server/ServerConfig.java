package org.festserver.server;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The server's configuration, read once at start (see {@code fest-server-defaults.properties} for every key).
 *
 * @param fest a full M30 file to load when it is newer than the live dataset
 * @param pharmacies a pharmacy list to load when newer than the live one
 * @param adminToken enables the admin endpoints when present
 * @param http limits and CORS of the HTTP listener
 */
public record ServerConfig(
    String host, int port, Path dataDir, Optional<Path> fest, Optional<Path> pharmacies, Optional<String> adminToken,
    Http http) {

  /**
   * Limits of the HTTP listener and CORS.
   *
   * @param corsOrigins origins allowed to call the API from a browser ({@code *} for any); empty: CORS off
   * @param idleTimeoutSeconds a connection idle this long (also mid-request, e.g. a client that stops sending) is closed
   * @param maxBodyBytes the largest request body outside the admin uploads (413 beyond)
   * @param maxUploadBytes the largest admin upload (413 beyond)
   * @param maxHeaderBytes the largest request line plus headers (414 for a longer URI, 431 for larger headers)
   */
  public record Http(List<String> corsOrigins, int idleTimeoutSeconds, long maxBodyBytes, long maxUploadBytes,
      int maxHeaderBytes) {
    public static final Http DEFAULT = new Http(List.of(), 30, 1_000_000L, 4L << 30, 8192);

    public Http {
      corsOrigins = List.copyOf(corsOrigins);
      if (idleTimeoutSeconds < 1 || maxBodyBytes < 1 || maxUploadBytes < 1 || maxHeaderBytes < 1024) {
        throw new IllegalArgumentException("HTTP limits must be positive (headers at least 1024 bytes)");
      }
    }

    public Http withCorsOrigins(List<String> origins) {
      return new Http(origins, idleTimeoutSeconds, maxBodyBytes, maxUploadBytes, maxHeaderBytes);
    }

    public Http withIdleTimeoutSeconds(int seconds) {
      return new Http(corsOrigins, seconds, maxBodyBytes, maxUploadBytes, maxHeaderBytes);
    }

    public Http withMaxUploadBytes(long bytes) {
      return new Http(corsOrigins, idleTimeoutSeconds, maxBodyBytes, bytes, maxHeaderBytes);
    }
  }

  /** Default HTTP limits. */
  public ServerConfig(
      String host, int port, Path dataDir, Optional<Path> fest, Optional<Path> pharmacies, Optional<String> adminToken) {
    this(host, port, dataDir, fest, pharmacies, adminToken, Http.DEFAULT);
  }

  /** A configuration for tests: any free port on loopback, admin disabled. */
  public static ServerConfig forTests(Path dataDir) {
    return new ServerConfig("127.0.0.1", 0, dataDir, Optional.empty(), Optional.empty(), Optional.empty());
  }

  public ServerConfig withAdminToken(String token) {
    return new ServerConfig(host, port, dataDir, fest, pharmacies, Optional.ofNullable(token), http);
  }

  public ServerConfig withHttp(Http limits) {
    return new ServerConfig(host, port, dataDir, fest, pharmacies, adminToken, limits);
  }
}
