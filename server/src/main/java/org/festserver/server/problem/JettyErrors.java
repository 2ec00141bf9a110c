package org.festserver.server.problem;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers — requests refused before they reach a route (a malformed URI, an ambiguous path, a URI
 * or headers too large, a bad request line) — as problem+json instead of Jetty's HTML page, never with a stack
 * trace or a cause.
 */
public final class JettyErrors extends ErrorHandler {
  public JettyErrors() {
    setShowStacks(false);
    setShowCauses(false);
    setShowOrigin(false);
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
      Callback callback) throws IOException {
    byte[] body = body(code, request.getHttpURI() == null ? null : request.getHttpURI().getPath());
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, ProblemHandler.CONTENT_TYPE);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(new HttpField(HttpHeader.CONTENT_TYPE, ProblemHandler.CONTENT_TYPE));
    return ByteBuffer.wrap(body(status, null));
  }

  /** The problem for a status Jetty produced; the detail is the standard reason phrase only. */
  static byte[] body(int status, String path) {
    Problem problem = forStatus(status);
    String reason = HttpStatus.getMessage(status);
    String json = "{\"type\":\"" + problem.type() + "\",\"title\":\"" + problem.title() + "\",\"status\":" + status
        + ",\"detail\":\"" + reason + ": the request was refused before it reached an endpoint\""
        + (path == null ? "" : ",\"instance\":\"" + escape(path) + "\"")
        + ",\"code\":\"" + problem.code() + "\"}";
    return json.getBytes(StandardCharsets.UTF_8);
  }

  private static Problem forStatus(int status) {
    switch (status) {
      case 404:
        return Problem.ROUTE_NOT_FOUND;
      case 405:
        return Problem.METHOD_NOT_ALLOWED;
      case 408:
        return Problem.REQUEST_TIMEOUT;
      case 413:
        return Problem.PAYLOAD_TOO_LARGE;
      case 414:
        return Problem.URI_TOO_LONG;
      case 415:
        return Problem.UNSUPPORTED_MEDIA_TYPE;
      case 431:
        return Problem.HEADERS_TOO_LARGE;
      default:
        return status >= 500 ? Problem.INTERNAL_ERROR : Problem.BAD_REQUEST;
    }
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
