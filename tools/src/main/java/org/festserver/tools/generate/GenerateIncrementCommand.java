package org.festserver.tools.generate;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code generate-increment}: placeholder until the increment generator lands. */
@Command(name = "generate-increment", mixinStandardHelpOptions = true, description = "Not yet implemented.")
public final class GenerateIncrementCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return 1;
  }
}
