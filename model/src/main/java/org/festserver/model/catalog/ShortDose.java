package org.festserver.model.catalog;

/**
 * Short-dose text: in a kortdose text {@code <dose>} is replaced by the dosing unit in the singular and
 * {@code <doser>} by its plural (code system 7480), so that "2&lt;doser&gt;daglig" with unit tablett/tabletter reads
 * "2 tabletter daglig". Without a plural the singular stands in (see {@link DosingUnit}).
 */
public final class ShortDose {
  private static final String SINGULAR = "<dose>";
  private static final String PLURAL = "<doser>";

  private ShortDose() {}

  /**
   * Renders a kortdose text for a dosing unit; a text without placeholders is returned as it is (trimmed). A null
   * unit leaves the placeholders out.
   */
  public static String render(String template, DosingUnit unit) {
    if (template == null) {
      return null;
    }
    String singular = unit == null ? "" : unit.singular();
    String plural = unit == null ? "" : unit.pluralOrSingular();
    String text = template.replace(PLURAL, " " + plural + " ").replace(SINGULAR, " " + singular + " ");
    return text.replaceAll("\\s+", " ").strip();
  }

  /** True when the text holds a {@code <dose>} or {@code <doser>} placeholder. */
  public static boolean hasPlaceholder(String template) {
    return template != null && (template.contains(SINGULAR) || template.contains(PLURAL));
  }
}
