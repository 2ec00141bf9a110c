package org.festserver.tools.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class RequestSourceTest {
  private static final CatalogSample SAMPLE = new CatalogSample(List.of("Simvastatin Tab 20 mg"),
      List.of("100010", "100013", "100020", "100030", "100040", "100050", "100060", "100070", "100080", "100090",
          "100100", "100110"));

  private static Workload workload(Map<EndpointClass, Double> mix) {
    return new Workload("t", 7, 1, Duration.ofSeconds(1), Duration.ZERO, mix, 10, false);
  }

  private static String text(RequestSource.Request request) {
    return new String(request.bytes(), StandardCharsets.UTF_8);
  }

  @Test
  void aTypingUserSendsOneRequestPerKeystrokeOfARealName() {
    RequestSource source = new RequestSource(workload(Map.of(EndpointClass.TYPEAHEAD, 1.0)), SAMPLE, "h:1", 0);
    List<String> firstLines = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      RequestSource.Request request = source.next();
      assertThat(request.endpoint()).isEqualTo(EndpointClass.TYPEAHEAD);
      firstLines.add(text(request).lines().findFirst().orElseThrow());
    }
    assertThat(firstLines).containsExactly("GET /api/v1/search?q=s HTTP/1.1", "GET /api/v1/search?q=si HTTP/1.1");
  }

  @Test
  void prefixesNeverEndInASpace() {
    RequestSource source = new RequestSource(workload(Map.of(EndpointClass.TYPEAHEAD, 1.0)), SAMPLE, "h:1", 3);
    for (int i = 0; i < 200; i++) {
      String line = text(source.next()).lines().findFirst().orElseThrow();
      assertThat(line).doesNotContain("+ HTTP").doesNotContain("%20 HTTP");
    }
  }

  @Test
  void aCheckNamesTenDistinctPacksInAJsonBodyWithItsLength() {
    RequestSource source = new RequestSource(workload(Map.of(EndpointClass.CHECK, 1.0)), SAMPLE, "h:1", 0);
    String request = text(source.next());
    String body = request.substring(request.indexOf("\r\n\r\n") + 4);
    assertThat(request).startsWith("POST /api/v1/interactions/check HTTP/1.1\r\n")
        .contains("Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n");
    List<String> items = new ArrayList<>();
    for (String part : body.replaceAll("[{}\\[\\]\"]", "").replace("items:", "").split(",")) {
      items.add(part);
    }
    assertThat(items).hasSize(10).doesNotHaveDuplicates().allMatch(item -> item.startsWith("pack:100"));
  }

  @Test
  void theMixFollowsItsWeightsAndTheSeed() {
    Map<EndpointClass, Double> mix = Map.of(EndpointClass.TYPEAHEAD, 0.8, EndpointClass.PACK, 0.2);
    RequestSource one = new RequestSource(workload(mix), SAMPLE, "h:1", 0);
    RequestSource same = new RequestSource(workload(mix), SAMPLE, "h:1", 0);
    int packs = 0;
    for (int i = 0; i < 1000; i++) {
      RequestSource.Request request = one.next();
      assertThat(text(request)).isEqualTo(text(same.next()));
      if (request.endpoint() == EndpointClass.PACK) {
        packs++;
        assertThat(text(request)).startsWith("GET /api/v1/packs/100");
      }
    }
    assertThat(packs).isBetween(120, 280);
  }
}
