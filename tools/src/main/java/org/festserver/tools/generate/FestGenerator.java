package org.festserver.tools.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Programmatic entry point of the synthetic M30 generator: {@code generate(options, path)} writes a full FEST
 * file (.xml, .xml.gz or .zip by extension); same options give byte-identical files.
 */
public final class FestGenerator {

  private FestGenerator() {}

  /**
   * Generates a full file.
   *
   * @param options scale, seed, HentetDato and version
   * @param out the output file; its extension selects the format
   * @param log where progress (large runs only) goes, or null for none
   * @return counts, sizes and time
   * @throws IOException when the file cannot be written
   * @throws IllegalArgumentException when the extension is not .xml, .xml.gz or .zip
   */
  public static GenerationSummary generate(GeneratorOptions options, Path out, PrintWriter log) throws IOException {
    OutputTarget.format(out);
    long start = System.nanoTime();
    CatalogPlan plan = PlanBuilder.build(options);
    long expected = expectedEntries(plan);
    Progress progress = log == null ? Progress.silent() : new Progress(log, expected);
    Map<M30Catalog, Integer> counts;
    long xmlBytes;
    try (OutputTarget target = OutputTarget.open(out, options.festVersion(), options.hentetDato())) {
      counts = FestFileWriter.write(plan, target.xml(), progress);
      xmlBytes = target.xmlBytes();
      target.commit();
    }
    Map<String, Integer> byName = new LinkedHashMap<>();
    long total = 0;
    for (M30Catalog c : M30Catalog.values()) {
      int n = counts.getOrDefault(c, 0);
      byName.put(c.catalogElement(), n);
      total += n;
    }
    return new GenerationSummary(out, byName, total, xmlBytes, Files.size(out),
        Duration.ofNanos(System.nanoTime() - start));
  }

  /** Writes the XML of a full file to a stream (not closed). */
  public static void write(GeneratorOptions options, OutputStream xml) {
    FestFileWriter.write(PlanBuilder.build(options), xml, Progress.silent());
  }

  private static long expectedEntries(CatalogPlan plan) {
    return plan.brandTotal + plan.packTotal + plan.doseTotal + plan.groupTotal + plan.substances.size()
        + plan.strengthTotal + plan.interactions.size() + plan.notAssessed.size() + plan.goods.count
        + plan.reimbursements.size() + plan.conditions.size() + plan.alerts.size() + plan.interchanges.size()
        + plan.structuredDosages + 40;
  }
}
