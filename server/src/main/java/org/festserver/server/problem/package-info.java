/**
 * RFC 9457 problem+json errors from one table ({@link org.festserver.server.problem.Problem}) and one writer
 * ({@link org.festserver.server.problem.ProblemHandler}). Handlers throw {@link org.festserver.server.problem.ApiException};
 * nothing else turns into a 4xx, and no stack trace reaches a response.
 */
package org.festserver.server.problem;
