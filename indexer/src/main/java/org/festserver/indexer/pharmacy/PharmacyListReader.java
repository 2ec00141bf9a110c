package org.festserver.indexer.pharmacy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.festserver.model.pharmacy.Pharmacy;
import org.festserver.model.pharmacy.PharmacyFileName;
import org.festserver.model.pharmacy.PharmacyList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one {@code apotekslista_js_djur_*.txt} file into a {@link PharmacyList}, reporting bad lines by number and
 * keeping the rest. Thread-safe and stateless apart from its limits.
 */
public final class PharmacyListReader {
  /*
   * Implementation notes
   *
   * The file is read whole (it is bounded by maxFileBytes; a real list is ~1 400 lines, a few hundred kB), decoded
   * once (DecodedText: valid UTF-8 or else ISO-8859-1, BOM dropped) and split into lines on \n, \r\n or \r. The
   * first non-blank line must be the header (HeaderLayout): it fixes the delimiter (tab, ';' or '|', whichever makes
   * the most fields name a known column), the field count and the column positions. Each later non-blank line:
   *   - longer than maxLineChars, or with a different field count than the header → skipped;
   *   - invalid GLN or empty name → skipped (PharmacyLineMapper);
   *   - a GLN already seen → skipped, the first occurrence wins;
   *   - a malformed optional field → reported, emptied, pharmacy kept.
   * A file with no accepted line is refused. Quoting is not supported: the export has no quoted fields.
   */
  private static final Logger LOG = LoggerFactory.getLogger(PharmacyListReader.class);

  /** Default upper bound on the file size: 50 MiB, about a hundred times a real list. */
  public static final long DEFAULT_MAX_FILE_BYTES = 50L * 1024 * 1024;
  /** Default upper bound on one line, in characters. A real line is under 400. */
  public static final int DEFAULT_MAX_LINE_CHARS = 4096;
  /** At most this many problems are listed; further ones are only counted. */
  public static final int MAX_REPORTED_PROBLEMS = 1000;

  private static final int PROBLEMS_LOGGED = 20;

  private final long maxFileBytes;
  private final int maxLineChars;

  /** A reader with the default limits. */
  public PharmacyListReader() {
    this(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_LINE_CHARS);
  }

  /**
   * A reader with explicit limits.
   *
   * @throws IllegalArgumentException when a limit is not positive
   */
  public PharmacyListReader(long maxFileBytes, int maxLineChars) {
    if (maxFileBytes <= 0 || maxFileBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("maxFileBytes must be between 1 and 2^31 - 9, got " + maxFileBytes);
    }
    if (maxLineChars <= 0) {
      throw new IllegalArgumentException("maxLineChars must be positive, got " + maxLineChars);
    }
    this.maxFileBytes = maxFileBytes;
    this.maxLineChars = maxLineChars;
  }

  /** The largest file this reader accepts, in bytes. */
  public long maxFileBytes() {
    return maxFileBytes;
  }

  /**
   * Reads a file whose own name is an export name.
   *
   * @throws InvalidPharmacyListException when the name, size or content is unusable as a whole
   * @throws IOException when the file cannot be read
   */
  public PharmacyListReadResult read(Path file) throws IOException, InvalidPharmacyListException {
    return read(file, file.getFileName().toString());
  }

  /**
   * Reads a file stored under another name (an upload in a temp file), taking the export time from {@code fileName}.
   *
   * @throws InvalidPharmacyListException when the name, size or content is unusable as a whole
   * @throws IOException when the file cannot be read
   */
  public PharmacyListReadResult read(Path file, String fileName) throws IOException, InvalidPharmacyListException {
    PharmacyFileName name = fileName(fileName);
    return parse(readBounded(file, fileName), name);
  }

  /**
   * Reads file content already in memory.
   *
   * @throws InvalidPharmacyListException when the name, size or content is unusable as a whole
   */
  public PharmacyListReadResult read(byte[] content, String fileName) throws InvalidPharmacyListException {
    PharmacyFileName name = fileName(fileName);
    if (content.length > maxFileBytes) {
      throw tooLarge(fileName, content.length);
    }
    return parse(content, name);
  }

  /**
   * The export name and time of {@code fileName}.
   *
   * @throws InvalidPharmacyListException when the name matches neither accepted pattern
   */
  static PharmacyFileName fileName(String fileName) throws InvalidPharmacyListException {
    try {
      return PharmacyFileName.parse(fileName);
    } catch (IllegalArgumentException e) {
      throw new InvalidPharmacyListException(e.getMessage(), e);
    }
  }

  /** The whole file, refusing it when it is larger than the limit (checked before and while reading). */
  byte[] readBounded(Path file, String fileName) throws IOException, InvalidPharmacyListException {
    long size = Files.size(file);
    if (size > maxFileBytes) {
      throw tooLarge(fileName, size);
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) maxFileBytes + 1);
      if (bytes.length > maxFileBytes) {
        throw tooLarge(fileName, bytes.length);
      }
      return bytes;
    }
  }

  private InvalidPharmacyListException tooLarge(String fileName, long size) {
    return new InvalidPharmacyListException(
        "pharmacy list " + fileName + " is " + size + " bytes, more than the limit of " + maxFileBytes + " bytes");
  }

  private PharmacyListReadResult parse(byte[] bytes, PharmacyFileName name) throws InvalidPharmacyListException {
    DecodedText decoded = DecodedText.decode(bytes);
    List<String> lines = decoded.text().lines().toList();
    int header = 0;
    while (header < lines.size() && lines.get(header).isBlank()) {
      header++;
    }
    if (header == lines.size()) {
      throw new InvalidPharmacyListException("pharmacy list " + name.fileName() + " is empty");
    }
    if (lines.get(header).length() > maxLineChars) {
      throw new InvalidPharmacyListException("pharmacy list " + name.fileName() + ": header line " + (header + 1)
          + " is " + lines.get(header).length() + " characters long, more than the limit of " + maxLineChars);
    }
    HeaderLayout layout = HeaderLayout.parse(lines.get(header), header + 1);
    if (!layout.unknownColumns().isEmpty()) {
      LOG.info("{}: ignoring unknown columns {}", name.fileName(), layout.unknownColumns());
    }

    Problems problems = new Problems();
    PharmacyLineMapper mapper = new PharmacyLineMapper(layout);
    Map<String, Integer> firstLineByGln = new HashMap<>();
    List<Pharmacy> pharmacies = new ArrayList<>();
    int dataLines = 0;
    for (int i = header + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      int lineNumber = i + 1;
      if (line.isBlank()) {
        continue;
      }
      dataLines++;
      if (line.length() > maxLineChars) {
        problems.add(new LineProblem(lineNumber,
            "line is " + line.length() + " characters long, more than the limit of " + maxLineChars, true));
        continue;
      }
      String[] fields = HeaderLayout.split(line, layout.delimiter());
      if (fields.length != layout.fieldCount()) {
        problems.add(new LineProblem(lineNumber, "has " + fields.length + " fields, the header has "
            + layout.fieldCount() + " (delimiter " + delimiterName(layout.delimiter()) + ")", true));
        continue;
      }
      List<LineProblem> lineProblems = new ArrayList<>();
      Pharmacy pharmacy = mapper.map(lineNumber, fields, lineProblems::add);
      if (pharmacy != null) {
        Integer first = firstLineByGln.putIfAbsent(pharmacy.gln(), lineNumber);
        if (first != null) {
          problems.add(new LineProblem(
              lineNumber, "duplicate GLN " + pharmacy.gln() + ", first on line " + first + " which is kept", true));
          continue;
        }
        pharmacies.add(pharmacy);
      }
      lineProblems.forEach(problems::add);
    }

    if (pharmacies.isEmpty()) {
      String detail = dataLines == 0 ? "it has a header line but no pharmacy lines"
          : "all " + dataLines + " pharmacy lines were rejected; first: " + problems.listed.get(0);
      throw new InvalidPharmacyListException("no valid pharmacy line in " + name.fileName() + ": " + detail);
    }
    LOG.info("{}: read {} pharmacies, {} problems ({}{}, delimiter {})", name.fileName(), pharmacies.size(),
        problems.total(), decoded.charset().name(), decoded.byteOrderMark() ? " with BOM" : "",
        delimiterName(layout.delimiter()));
    problems.listed.stream().limit(PROBLEMS_LOGGED).forEach(p -> LOG.warn("{}: {}", name.fileName(), p));
    return new PharmacyListReadResult(new PharmacyList(name.exportedAt(), name.fileName(), pharmacies),
        problems.listed, problems.omitted, decoded.charset(), layout.delimiter());
  }

  static String delimiterName(char delimiter) {
    return delimiter == '\t' ? "tab" : "'" + delimiter + "'";
  }

  /** Problems in line order, listing at most {@link #MAX_REPORTED_PROBLEMS}. */
  private static final class Problems {
    final List<LineProblem> listed = new ArrayList<>();
    int omitted;

    void add(LineProblem problem) {
      if (listed.size() < MAX_REPORTED_PROBLEMS) {
        listed.add(problem);
      } else {
        omitted++;
      }
    }

    int total() {
      return listed.size() + omitted;
    }
  }
}
