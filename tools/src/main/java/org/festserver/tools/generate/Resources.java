package org.festserver.tools.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the generator's embedded data files (UTF-8, '|'-separated, '#' comments). */
final class Resources {

  private Resources() {}

  /** Non-comment, non-blank lines of a resource next to this class. */
  static List<String> lines(String name) {
    InputStream in = Resources.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing generator resource " + name);
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read generator resource " + name, e);
    }
    return out;
  }

  /** Rows of a resource split on '|' (keeping trailing empty columns). */
  static List<String[]> rows(String name) {
    List<String[]> out = new ArrayList<>();
    for (String line : lines(name)) {
      out.add(line.split("\\|", -1));
    }
    return out;
  }

  /** Blocks of a resource: a header line starting with '@' followed by its rows; keyed by header column 0. */
  static Map<String, Block> blocks(String name) {
    Map<String, Block> out = new LinkedHashMap<>();
    Block current = null;
    for (String line : lines(name)) {
      if (line.startsWith("@")) {
        String[] header = line.substring(1).split("\\|", -1);
        current = new Block(header, new ArrayList<>());
        out.put(header[0], current);
      } else if (current == null) {
        throw new IllegalStateException(name + ": row before the first @block: " + line);
      } else {
        current.rows().add(line.split("\\|", -1));
      }
    }
    return out;
  }

  /** A block: its header columns and rows. */
  record Block(String[] header, List<String[]> rows) {
    List<String> firstColumn() {
      List<String> out = new ArrayList<>();
      for (String[] row : rows) {
        out.add(row[0]);
      }
      return out;
    }
  }
}
