package org.festserver.server.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.festserver.indexer.testing.TestFiles;

/**
 * The reimbursement scenario ({@code fest/reimbursement/reimbursement.xml}): packs, brands, a substance group,
 * every legal basis, conditions, alerts and trade goods with dates around 2025-06-15, the date of {@link #CLOCK}.
 */
public final class Scenario {
  public static final String RESOURCE = "fest/reimbursement/reimbursement.xml";
  /** 2025-06-15 12:00 in Oslo. */
  public static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-15T10:00:00Z"), ZoneOffset.UTC);

  private Scenario() {}

  /** The scenario file copied into {@code dir}. */
  public static Path file(Path dir) {
    return TestFiles.copy(RESOURCE, dir);
  }

  /** A server over the scenario with the fixed clock; data in {@code dir}. */
  public static TestServer start(Path dir) {
    return TestServer.start(file(dir), dir.resolve("data"), CLOCK);
  }
}
