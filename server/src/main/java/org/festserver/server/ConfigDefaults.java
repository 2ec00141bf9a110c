package org.festserver.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine;

/**
 * Supplies option values not given on the command line: the environment variable {@code FEST_<KEY>}, then the
 * properties file, then the bundled {@code fest-server-defaults.properties}, which documents every key.
 */
final class ConfigDefaults implements CommandLine.IDefaultValueProvider {
  static final String DEFAULTS_RESOURCE = "/fest-server-defaults.properties";

  private final Map<String, String> environment;
  private final Properties file;
  private final Properties defaults;

  ConfigDefaults(Map<String, String> environment, Path configFile) {
    this.environment = environment;
    this.defaults = load(DEFAULTS_RESOURCE);
    this.file = new Properties();
    if (configFile != null && Files.isRegularFile(configFile)) {
      try (Reader reader = Files.newBufferedReader(configFile, StandardCharsets.UTF_8)) {
        file.load(reader);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the configuration file " + configFile, e);
      }
    }
  }

  private static Properties load(String resource) {
    Properties properties = new Properties();
    try (InputStream in = ConfigDefaults.class.getResourceAsStream(resource)) {
      if (in != null) {
        properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  @Override
  public String defaultValue(CommandLine.Model.ArgSpec spec) {
    if (!(spec instanceof CommandLine.Model.OptionSpec)) {
      return null;
    }
    String key = ((CommandLine.Model.OptionSpec) spec).longestName().replaceFirst("^--", "");
    return value(key);
  }

  String value(String key) {
    String env = environment.get("FEST_" + key.toUpperCase(Locale.ROOT).replace('-', '_'));
    if (env != null) {
      return env;
    }
    String fromFile = file.getProperty(key);
    if (fromFile != null) {
      return fromFile;
    }
    return defaults.getProperty(key);
  }
}
