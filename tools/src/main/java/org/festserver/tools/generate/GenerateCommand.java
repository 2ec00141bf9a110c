package org.festserver.tools.generate;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code generate}: writes a synthetic full M30 file. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = {"Writes a synthetic, schema-valid full M30 (FEST) file.",
        "Scale 1.0 has the entry counts of a real Rekvirent file (about 69,000 entries, ~100 MB XML).",
        "The extension of --out selects the format: .xml, .xml.gz or .zip (one entry fest251.xml)."})
public final class GenerateCommand implements Callable<Integer> {

  @Spec
  private picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--scale", required = true, description = "Multiplier of the entry counts, > 0 (1.0 = real size).")
  private double scale;

  @Option(names = "--seed", required = true, description = "Random seed; same options give byte-identical output.")
  private long seed;

  @Option(names = "--out", required = true, description = "Output file (.xml, .xml.gz or .zip).")
  private Path out;

  @Option(names = "--hentet-dato", description = "HentetDato of the file, e.g. 2026-11-01T03:10:22 "
      + "(default ${DEFAULT-VALUE}); all other dates are relative to it.", defaultValue = "2026-11-01T03:10:22")
  private LocalDateTime hentetDato;

  @Option(names = "--fest-version", description = "2.5.1 (default) or 2.5.0.", defaultValue = "2.5.1")
  private String festVersion;

  @Override
  public Integer call() throws Exception {
    GeneratorOptions options = new GeneratorOptions(scale, seed, hentetDato, FestVersion.parse(festVersion));
    var err = spec.commandLine().getErr();
    err.printf(java.util.Locale.ROOT, "generating FEST %s, scale %s, seed %d, HentetDato %s%n",
        options.festVersion().label(), scale, seed,
        options.hentetDato());
    GenerationSummary summary = FestGenerator.generate(options, out, err);
    summary.print(err);
    err.flush();
    return 0;
  }
}
