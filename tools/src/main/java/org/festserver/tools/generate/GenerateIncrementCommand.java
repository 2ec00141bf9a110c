package org.festserver.tools.generate;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code generate-increment}: writes an incremental M30 file from a full file. */
@Command(name = "generate-increment", mixinStandardHelpOptions = true,
    description = {"Writes an incremental M30 file from a generated full file (streamed twice).",
        "About FRACTION of the entries change (new entry id with status A + old entry id with status U), some",
        "are removed (U only), some are new, and one code system is replaced. Anchors stay untouched."})
public final class GenerateIncrementCommand implements Callable<Integer> {

  @Spec
  private picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--base", required = true, description = "The full M30 file (.xml, .xml.gz or .zip).")
  private Path base;

  @Option(names = "--changes", required = true, description = "Fraction of entries to change, in (0, 1].")
  private double changes;

  @Option(names = "--seed", required = true, description = "Random seed.")
  private long seed;

  @Option(names = "--out", required = true, description = "Output file (.xml, .xml.gz or .zip).")
  private Path out;

  @Option(names = "--hentet-dato", description = "HentetDato of the increment (default: 14 days after the base's).")
  private LocalDateTime hentetDato;

  @Override
  public Integer call() throws Exception {
    IncrementGenerator.Summary s = IncrementGenerator.generate(
        new IncrementGenerator.Options(base, changes, seed, hentetDato, out));
    s.print(spec.commandLine().getErr());
    return 0;
  }
}
