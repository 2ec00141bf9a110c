package org.festserver.server.testing;

import com.fasterxml.jackson.databind.JsonNode;

/** Waits for an update job to finish by reading its resource (a bound, not a timing assertion). */
public final class JobWait {
  private static final long LIMIT_MILLIS = 120_000;

  private JobWait() {}

  /** Polls {@code location} until the job's state is {@code succeeded} or {@code failed}; returns the job. */
  public static JsonNode finished(TestServer server, String location, String token) {
    long deadline = System.currentTimeMillis() + LIMIT_MILLIS;
    while (true) {
      TestServer.Response response = server.getAsAdmin(location, token);
      if (response.status() != 200) {
        throw new AssertionError("GET " + location + ": " + response);
      }
      JsonNode job = response.json();
      String state = job.get("state").asText();
      if (state.equals("succeeded") || state.equals("failed")) {
        return job;
      }
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("job still " + state + " after " + LIMIT_MILLIS + " ms: " + job);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
