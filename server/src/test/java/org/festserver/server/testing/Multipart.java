package org.festserver.server.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/** A {@code multipart/form-data} body with one file field, for upload tests. */
public final class Multipart {
  private final String boundary = "----fest-test-" + UUID.randomUUID();
  private final byte[] body;

  private Multipart(String field, String fileName, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 512);
    String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
    out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(content);
    out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    this.body = out.toByteArray();
  }

  /** A body with {@code file} in field {@code field}, sent under the name {@code fileName}. */
  public static Multipart file(String field, String fileName, Path file) {
    try {
      return new Multipart(field, fileName, Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A body with {@code file} in the field {@code file}, under its own name. */
  public static Multipart file(Path file) {
    return file("file", file.getFileName().toString(), file);
  }

  public String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }

  /** The encoded body. */
  public byte[] bytes() {
    return body.clone();
  }

  public HttpRequest.BodyPublisher publisher() {
    return HttpRequest.BodyPublishers.ofByteArray(body);
  }
}
