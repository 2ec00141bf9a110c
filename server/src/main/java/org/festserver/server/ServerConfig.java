package org.festserver.server;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The server's configuration, read once at start (see {@code fest-server-defaults.properties} for every key).
 *
 * @param fest a full M30 file to load when it is newer than the live dataset
 * @param pharmacies a pharmacy list to load when newer than the live one
 * @param adminToken enables the admin endpoints when present
 */
public record ServerConfig(
    String host, int port, Path dataDir, Optional<Path> fest, Optional<Path> pharmacies, Optional<String> adminToken) {

  /** A configuration for tests: any free port on loopback, admin disabled. */
  public static ServerConfig forTests(Path dataDir) {
    return new ServerConfig("127.0.0.1", 0, dataDir, Optional.empty(), Optional.empty(), Optional.empty());
  }

  public ServerConfig withAdminToken(String token) {
    return new ServerConfig(host, port, dataDir, fest, pharmacies, Optional.ofNullable(token));
  }
}
