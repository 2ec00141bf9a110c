package org.festserver.tools;

import org.festserver.tools.bench.IngestBenchmark;
import org.festserver.tools.generate.GenerateCommand;
import org.festserver.tools.generate.GenerateIncrementCommand;
import org.festserver.tools.load.BenchAllCommand;
import org.festserver.tools.load.LoadCommand;
import org.festserver.tools.reliability.CrashTrialsCommand;
import org.festserver.tools.reliability.SoakCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code fest-tools.jar}: one subcommand per tool ({@code generate}, {@code generate-increment},
 * {@code bench-ingest}, {@code load}, {@code bench-all}, {@code crash-trials}, {@code soak}). */
@Command(name = "fest-tools", mixinStandardHelpOptions = true, version = "fest-tools 0.1.0",
    description = "Tools for the FEST server: synthetic M30 data, benchmarks and load tests.",
    subcommands = {GenerateCommand.class, GenerateIncrementCommand.class, IngestBenchmark.class, LoadCommand.class,
        BenchAllCommand.class, CrashTrialsCommand.class, SoakCommand.class,
        CommandLine.HelpCommand.class})
public final class ToolsMain implements Runnable {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  /** Runs the tools and exits with the command's exit code. */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line with all subcommands registered (tests use it without exiting). */
  public static CommandLine commandLine() {
    return new CommandLine(new ToolsMain());
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
