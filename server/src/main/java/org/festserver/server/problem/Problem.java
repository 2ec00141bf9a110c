package org.festserver.server.problem;

/**
 * Every error the API returns: a stable {@code code}, its HTTP status and title. The problem {@code type} is
 * {@code /problems/<code>}; {@code docs/api-errors.md} documents each.
 */
public enum Problem {
  INVALID_PARAMETER("invalid-parameter", 400, "Invalid parameter"),
  INVALID_BODY("invalid-body", 400, "Invalid request body"),
  BAD_REQUEST("bad-request", 400, "Malformed HTTP request"),
  REQUEST_TIMEOUT("request-timeout", 408, "The request was not received in time"),
  URI_TOO_LONG("uri-too-long", 414, "Request URI too long"),
  HEADERS_TOO_LARGE("headers-too-large", 431, "Request headers too large"),
  NOT_FOUND("not-found", 404, "Not found"),
  ROUTE_NOT_FOUND("route-not-found", 404, "No such endpoint"),
  METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed"),
  ADMIN_TOKEN_REQUIRED("admin-token-required", 401, "Admin token missing or wrong"),
  ADMIN_DISABLED("admin-disabled", 404, "Admin endpoints are disabled"),
  PAYLOAD_TOO_LARGE("payload-too-large", 413, "Request body too large"),
  UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type"),
  NO_DATASET("no-dataset", 503, "No dataset loaded yet"),
  NO_PHARMACY_LIST("no-pharmacy-list", 503, "No pharmacy list loaded yet"),
  INVALID_FEST_FILE("invalid-fest-file", 422, "Not a readable M30 file"),
  DATASET_REJECTED("dataset-rejected", 422, "The file does not make a valid dataset"),
  STALE_EXTRACT("stale-extract", 409, "Not newer than the live dataset"),
  CATALOG_SHRUNK("catalog-shrunk", 409, "A catalog shrank below 80% of the live dataset"),
  NO_BASE_DATASET("no-base-dataset", 409, "No live dataset to apply an increment to"),
  INVALID_PHARMACY_LIST("invalid-pharmacy-list", 422, "Not a usable pharmacy list"),
  OUTDATED_PHARMACY_LIST("outdated-pharmacy-list", 409, "Not newer than the live pharmacy list"),
  UNSUPPORTED_FILE("unsupported-file", 422, "Not a FEST file or a pharmacy list"),
  INTERNAL_ERROR("internal-error", 500, "Internal error");

  private final String code;
  private final int status;
  private final String title;

  Problem(String code, int status, String title) {
    this.code = code;
    this.status = status;
    this.title = title;
  }

  public String code() {
    return code;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public String type() {
    return "/problems/" + code;
  }
}
