package org.festserver.server.problem;

/** One invalid input: the parameter or body field and why. */
public record FieldError(String field, String reason) {}
