package org.festserver.server.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes every error as {@code application/problem+json}; registered once on the routes. */
public final class ProblemHandler {
  public static final String CONTENT_TYPE = "application/problem+json";
  private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);

  private final ObjectMapper json;

  public ProblemHandler(ObjectMapper json) {
    this.json = json;
  }

  /** Registers the exception and error handlers. */
  public void register(RoutesConfig routes) {
    routes.exception(ApiException.class, (e, ctx) -> write(ctx, e.problem(), e.getMessage(), e.errors()));
    routes.exception(HttpResponseException.class, (e, ctx) -> write(ctx, fromStatus(e.getStatus()), e.getMessage(), List.of()));
    routes.exception(Exception.class, (e, ctx) -> {
      LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
      write(ctx, Problem.INTERNAL_ERROR, "the server could not answer this request; the error is logged", List.of());
    });
    routes.error(404, "*", ctx -> {
      if (!isProblem(ctx)) {
        write(ctx, Problem.ROUTE_NOT_FOUND, "no endpoint " + ctx.method() + " " + ctx.path(), List.of());
      }
    });
    routes.error(405, "*", ctx -> {
      if (!isProblem(ctx)) {
        write(ctx, Problem.METHOD_NOT_ALLOWED, ctx.method() + " is not allowed on " + ctx.path(), List.of());
      }
    });
  }

  private static boolean isProblem(Context ctx) {
    String type = ctx.res().getContentType();
    return type != null && type.startsWith(CONTENT_TYPE);
  }

  private static Problem fromStatus(int status) {
    switch (status) {
      case 404:
        return Problem.ROUTE_NOT_FOUND;
      case 405:
        return Problem.METHOD_NOT_ALLOWED;
      case 413:
        return Problem.PAYLOAD_TOO_LARGE;
      case 415:
        return Problem.UNSUPPORTED_MEDIA_TYPE;
      case 401:
        return Problem.ADMIN_TOKEN_REQUIRED;
      default:
        return status >= 500 ? Problem.INTERNAL_ERROR : Problem.INVALID_BODY;
    }
  }

  private void write(Context ctx, Problem problem, String detail, List<FieldError> errors) {
    ProblemBody body = ProblemBody.of(problem, detail, ctx.path(), errors);
    if (problem.status() < 500) {
      UnreadBody.discard(ctx); // a refused upload still gets its answer, not a connection reset
    }
    ctx.status(problem.status());
    try {
      ctx.contentType(CONTENT_TYPE).result(json.writeValueAsString(body));
    } catch (JsonProcessingException e) {
      ctx.contentType(CONTENT_TYPE).result("{\"status\":" + problem.status() + ",\"code\":\"" + problem.code() + "\"}");
    }
  }
}
