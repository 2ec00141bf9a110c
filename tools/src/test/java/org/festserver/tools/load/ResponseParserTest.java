package org.festserver.tools.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

final class ResponseParserTest {
  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  @Test
  void aResponseWithContentLengthIsCompleteOnlyWithItsWholeBody() {
    byte[] response = bytes("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n{\"a\":\"bcd\"}");
    ResponseParser parser = new ResponseParser();
    for (int length = 0; length < response.length; length++) {
      assertThat(parser.complete(response, length)).as("after %d bytes", length).isFalse();
    }
    assertThat(parser.complete(response, response.length)).isTrue();
    assertThat(parser.status()).isEqualTo(200);
    assertThat(parser.closes()).isFalse();
  }

  @Test
  void aChunkedResponseIsCompleteAfterTheLastEmptyChunk() {
    byte[] response = bytes("HTTP/1.1 404 Not Found\r\ntransfer-encoding: chunked\r\n\r\n4\r\nabcd\r\n3;x=y\r\nefg\r\n0\r\n\r\n");
    ResponseParser parser = new ResponseParser();
    for (int length = 0; length < response.length; length++) {
      assertThat(parser.complete(response, length)).as("after %d bytes", length).isFalse();
    }
    assertThat(parser.complete(response, response.length)).isTrue();
    assertThat(parser.status()).isEqualTo(404);
  }

  @Test
  void connectionCloseIsReportedAndResetStartsOver() {
    ResponseParser parser = new ResponseParser();
    byte[] closing = bytes("HTTP/1.1 503 x\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
    assertThat(parser.complete(closing, closing.length)).isTrue();
    assertThat(parser.closes()).isTrue();
    parser.reset();
    byte[] next = bytes("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
    assertThat(parser.complete(next, next.length)).isTrue();
    assertThat(parser.status()).isEqualTo(200);
    assertThat(parser.closes()).isFalse();
  }

  @Test
  void somethingElseThanHttpIsRejected() {
    byte[] garbage = bytes("SSH-2.0-OpenSSH\r\n\r\n");
    assertThatThrownBy(() -> new ResponseParser().complete(garbage, garbage.length))
        .isInstanceOf(IllegalStateException.class);
  }
}
