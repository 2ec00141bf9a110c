package org.festserver.model.interaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an interaction's {@code Handtering} into its headed paragraphs: up to four, headed
 * Dosetilpasning, Justering av administrering, Monitorering and Legemiddelalternativer, to be shown by paragraph.
 */
public final class HandlingText {
  /*
   * Implementation notes. In the files each paragraph starts a line with "Heading: text". A heading is recognised at
   * the start of the text, at the start of a line, or after the end of a sentence (". Monitorering: …"), so that a
   * text flattened onto one line splits the same way; elsewhere the words are ordinary text. Headings are matched
   * case-insensitively and returned in their canonical spelling. Text before the first heading becomes a paragraph
   * without heading; empty paragraphs are dropped; line breaks inside a paragraph are kept.
   */
  /** The four headings, in their canonical spelling. */
  public static final List<String> HEADINGS =
      List.of("Dosetilpasning", "Justering av administrering", "Monitorering", "Legemiddelalternativer");

  private static final Pattern HEADING = Pattern.compile(
      "(?:^|(?<=[.!?])[ \\t]+)[ \\t]*(" + String.join("|", HEADINGS) + ")[ \\t]*:",
      Pattern.MULTILINE | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private HandlingText() {}

  /** The paragraphs of a handling text, in order; empty for a null or blank text. */
  public static List<HandlingParagraph> split(String handling) {
    if (handling == null || handling.isBlank()) {
      return List.of();
    }
    String text = handling.replace("\r\n", "\n").replace('\r', '\n');
    List<HandlingParagraph> paragraphs = new ArrayList<>(4);
    Matcher matcher = HEADING.matcher(text);
    String heading = null;
    int start = 0;
    while (matcher.find()) {
      add(paragraphs, heading, text.substring(start, matcher.start()));
      heading = canonical(matcher.group(1));
      start = matcher.end();
    }
    add(paragraphs, heading, text.substring(start));
    return List.copyOf(paragraphs);
  }

  private static void add(List<HandlingParagraph> paragraphs, String heading, String body) {
    String text = body.strip().replaceAll("[ \\t]*\\n\\s*", "\n");
    if (!text.isEmpty()) {
      paragraphs.add(new HandlingParagraph(heading, text));
    }
  }

  private static String canonical(String heading) {
    String folded = heading.toLowerCase(Locale.ROOT);
    for (String known : HEADINGS) {
      if (known.toLowerCase(Locale.ROOT).equals(folded)) {
        return known;
      }
    }
    return heading;
  }
}
