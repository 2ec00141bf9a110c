package org.festserver.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.festserver.indexer.dataset.DataDirectory;
import org.festserver.indexer.dataset.DatasetManager;
import org.festserver.indexer.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line: configuration precedence and the {@code load} command's exit codes. */
final class MainTest {
  @TempDir Path dir;

  private static ServerConfig parse(Map<String, String> env, String... args) {
    CommandLine cli = Main.commandLine(env);
    cli.parseArgs(args);
    return ((Main) cli.getCommand()).config();
  }

  @Test
  void defaultsComeFromTheBundledDefaultsFile() {
    ServerConfig config = parse(Map.of("FEST_CONFIG", dir.resolve("none.properties").toString()));
    assertThat(config.port()).isEqualTo(8080);
    assertThat(config.dataDir()).isEqualTo(Path.of("./fest-data"));
    assertThat(config.fest()).isEmpty();
    assertThat(config.adminToken()).isEmpty();
  }

  @Test
  void flagBeatsEnvironmentBeatsPropertiesFile() throws Exception {
    Path properties = Files.writeString(dir.resolve("fest-server.properties"), "port=7001\ndata-dir=/from/file\nadmin-token=file\n");
    Map<String, String> env = Map.of("FEST_CONFIG", properties.toString(), "FEST_PORT", "7002", "FEST_ADMIN_TOKEN", "env");
    assertThat(parse(env).port()).isEqualTo(7002);
    assertThat(parse(env).dataDir()).isEqualTo(Path.of("/from/file"));
    assertThat(parse(env).adminToken()).contains("env");
    assertThat(parse(env, "--port", "7003").port()).isEqualTo(7003);
  }

  @Test
  void loadCommandMakesAFileLiveAndExitsZero() throws Exception {
    Path data = dir.resolve("data");
    int exit = Main.commandLine(Map.of()).execute("--data-dir", data.toString(), "load",
        TestFiles.copy(TestFiles.REAL_SAMPLE, dir).toString());
    assertThat(exit).isZero();
    try (DatasetManager manager = DatasetManager.open(new DataDirectory(data))) {
      assertThat(manager.liveManifest().orElseThrow().hentetDato()).isEqualTo("2017-04-12T18:26:27.336Z");
    }
  }

  @Test
  void loadCommandRefusesABadFileWithExitOneAndLeavesTheLiveDatasetUntouched() throws Exception {
    Path data = dir.resolve("data");
    assertThat(Main.commandLine(Map.of()).execute("load", "--data-dir", data.toString(),
        TestFiles.copy(TestFiles.REAL_SAMPLE, dir).toString())).isZero();
    Path bad = TestFiles.write(dir, "bad.xml", "<FEST xmlns=\"http://www.kith.no/xmlstds/eresept/m30/2014-12-01\"><HentetDato>2030-01-01T00:00:00</HentetDato><KatVilkar>");
    assertThat(Main.commandLine(Map.of()).execute("load", "--data-dir", data.toString(), bad.toString())).isEqualTo(1);
    try (DatasetManager manager = DatasetManager.open(new DataDirectory(data))) {
      assertThat(manager.liveManifest().orElseThrow().hentetDato()).isEqualTo("2017-04-12T18:26:27.336Z");
    }
  }
}
