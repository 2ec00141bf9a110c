package org.festserver.server.admin;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import org.festserver.server.problem.ApiException;
import org.festserver.server.problem.Problem;

/**
 * Guards the admin endpoints: {@code Authorization: Bearer TOKEN} must carry the configured admin token. Without a
 * configured token the admin endpoints answer 404 {@code admin-disabled}; a missing or wrong token gives 401
 * {@code admin-token-required}. Tokens are compared in constant time (SHA-256 digests compared with
 * {@link MessageDigest#isEqual}), so neither content nor length leaks through timing.
 */
public final class AdminAuth {
  private static final String BEARER = "Bearer ";

  private final byte[] expectedDigest;

  public AdminAuth(Optional<String> token) {
    this.expectedDigest = token.filter(t -> !t.isBlank()).map(AdminAuth::digest).orElse(null);
  }

  /** Before-handler for {@code /api/v1/admin/*}. */
  public void check(Context ctx) {
    if (expectedDigest == null) {
      throw new ApiException(Problem.ADMIN_DISABLED, "admin endpoints are disabled: start the server with --admin-token");
    }
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"fest-admin\"");
      throw new ApiException(Problem.ADMIN_TOKEN_REQUIRED, "send the admin token as Authorization: Bearer TOKEN");
    }
    if (!matches(header.substring(BEARER.length()).strip())) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"fest-admin\", error=\"invalid_token\"");
      throw new ApiException(Problem.ADMIN_TOKEN_REQUIRED, "the admin token is wrong");
    }
  }

  /** True when {@code candidate} is the configured token; constant time. */
  boolean matches(String candidate) {
    return expectedDigest != null && MessageDigest.isEqual(expectedDigest, digest(candidate));
  }

  private static byte[] digest(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK provides SHA-256", e);
    }
  }
}
