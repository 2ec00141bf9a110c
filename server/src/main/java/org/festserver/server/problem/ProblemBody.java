package org.festserver.server.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The RFC 9457 body: standard members plus the extensions {@code code} and {@code errors}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ProblemBody(
    String type, String title, int status, String detail, String instance, String code, List<FieldError> errors) {

  static ProblemBody of(Problem problem, String detail, String instance, List<FieldError> errors) {
    return new ProblemBody(problem.type(), problem.title(), problem.status(), detail, instance, problem.code(), errors);
  }
}
