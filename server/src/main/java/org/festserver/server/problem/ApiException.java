package org.festserver.server.problem;

import java.util.List;

/** An error to answer with a problem+json body; thrown by handlers, written by {@link ProblemHandler}. */
public class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final Problem problem;
  private final transient List<FieldError> errors;

  public ApiException(Problem problem, String detail, List<FieldError> errors) {
    super(detail, null, false, false);
    this.problem = problem;
    this.errors = List.copyOf(errors);
  }

  public ApiException(Problem problem, String detail) {
    this(problem, detail, List.of());
  }

  /** A bad query, path or form parameter: 400 naming the parameter. */
  public static ApiException invalidParameter(String name, String reason) {
    return new ApiException(Problem.INVALID_PARAMETER, name + ": " + reason, List.of(new FieldError(name, reason)));
  }

  /** Something asked for by id or number that does not exist: 404. */
  public static ApiException notFound(String what, String id) {
    return new ApiException(Problem.NOT_FOUND, "no " + what + " " + id);
  }

  public Problem problem() {
    return problem;
  }

  public List<FieldError> errors() {
    return errors;
  }
}
