package org.festserver.server.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** Bytes over a plain socket, for requests no HTTP client would send; reads the answer until the server closes. */
final class RawHttp {
  private RawHttp() {}

  /** What came back: the text, and whether the server closed the connection (false: the read timed out). */
  record Reply(String text, boolean closed) {
    int status() {
      return text.startsWith("HTTP/1.1 ") ? Integer.parseInt(text.substring(9, 12)) : -1;
    }

    String body() {
      int blank = text.indexOf("\r\n\r\n");
      return blank < 0 ? "" : text.substring(blank + 4);
    }
  }

  /** Sends {@code request} (nothing more) and reads until the server closes or {@code readTimeoutMillis} passes. */
  static Reply send(String baseUrl, byte[] request, int readTimeoutMillis) throws IOException {
    URI uri = URI.create(baseUrl);
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5000);
      socket.setSoTimeout(readTimeoutMillis);
      socket.getOutputStream().write(request);
      socket.getOutputStream().flush();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[8192];
      try {
        int n;
        while ((n = in.read(buffer)) >= 0) {
          answer.write(buffer, 0, n);
        }
        return new Reply(answer.toString(StandardCharsets.ISO_8859_1), true);
      } catch (SocketTimeoutException e) {
        return new Reply(answer.toString(StandardCharsets.ISO_8859_1), false);
      } catch (java.net.SocketException e) {
        return new Reply(answer.toString(StandardCharsets.ISO_8859_1), true); // reset by the server: closed too
      }
    }
  }

  static Reply send(String baseUrl, String request) throws IOException {
    return send(baseUrl, request.getBytes(StandardCharsets.ISO_8859_1), 30_000);
  }
}
