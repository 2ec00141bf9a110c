package org.festserver.tools.load;

/** The kinds of request the load generator sends; latency and throughput are reported per class. */
enum EndpointClass {
  /** {@code GET /api/v1/health}: the HTTP floor, the cheapest answer the server gives. */
  HEALTH("health", "GET /health"),
  /** {@code GET /api/v1/search?q=PREFIX}: one keystroke of a typing user. */
  TYPEAHEAD("typeahead", "GET /search"),
  /** {@code GET /api/v1/packs/{itemNumber}}. */
  PACK("pack", "GET /packs/{nr}"),
  /** {@code POST /api/v1/interactions/check} with the workload's number of pack items. */
  CHECK("check", "POST /interactions/check");

  private final String code;
  private final String endpoint;

  EndpointClass(String code, String endpoint) {
    this.code = code;
    this.endpoint = endpoint;
  }

  String code() {
    return code;
  }

  String endpoint() {
    return endpoint;
  }

  static EndpointClass byCode(String code) {
    for (EndpointClass c : values()) {
      if (c.code.equals(code)) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown request class '" + code + "'; expected typeahead, pack, check or health");
  }
}
