package org.festserver.indexer.pharmacy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Properties;

/**
 * The {@code current.properties} file of a {@link PharmacyStore}: which stored file is live, its export time, its
 * SHA-256 (checked on reload) and when it was installed. Written as plain ASCII {@code key=value} lines.
 */
record StorePointer(String fileName, LocalDateTime exportedAt, String sha256, int count, Instant installedAt) {

  byte[] toBytes() {
    String text = "# live pharmacy list; replaced atomically on every install\n"
        + "file=" + fileName + "\n"
        + "exportedAt=" + exportedAt + "\n"
        + "sha256=" + sha256 + "\n"
        + "count=" + count + "\n"
        + "installedAt=" + installedAt + "\n";
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * Reads a pointer file.
   *
   * @throws IOException when it cannot be read or a key is missing or malformed
   */
  static StorePointer read(Path file) throws IOException {
    Properties properties = new Properties();
    properties.load(new ByteArrayInputStream(Files.readAllBytes(file)));
    try {
      return new StorePointer(
          required(properties, "file", file),
          LocalDateTime.parse(required(properties, "exportedAt", file)),
          required(properties, "sha256", file),
          Integer.parseInt(required(properties, "count", file)),
          Instant.parse(required(properties, "installedAt", file)));
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new IOException("pharmacy store pointer " + file + " is malformed: " + e.getMessage(), e);
    }
  }

  private static String required(Properties properties, String key, Path file) throws IOException {
    String value = properties.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new IOException("pharmacy store pointer " + file + " has no '" + key + "'");
    }
    return value.strip();
  }
}
