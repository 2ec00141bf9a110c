package org.festserver.model.catalog;

import java.util.ArrayList;
import java.util.List;
import org.festserver.model.codesystem.CodeSystemElement;
import org.festserver.model.codesystem.Term;

/**
 * A dosing unit of code system 7480 (Enhet for dosering) in the singular and plural. The file format does
 * not say where the plural is: we take a term's {@code BeskrivelseTerm} when it is filled, else a second Norwegian
 * term, else none ({@link #plural()} null, and the singular stands in).
 */
public record DosingUnit(String code, String singular, String plural) {

  /** The singular and plural of an element of code system 7480. */
  public static DosingUnit of(CodeSystemElement element) {
    List<Term> norwegian = new ArrayList<>();
    for (Term term : element.terms()) {
      String language = term.language() == null ? null : term.language().code();
      if (language == null || "NO".equalsIgnoreCase(language)) {
        norwegian.add(term);
      }
    }
    if (norwegian.isEmpty()) {
      norwegian = element.terms();
    }
    if (norwegian.isEmpty()) {
      return new DosingUnit(element.code(), element.code(), null);
    }
    Term first = norwegian.get(0);
    String plural = blankToNull(first.description());
    if (plural == null && norwegian.size() > 1) {
      plural = blankToNull(norwegian.get(1).term());
    }
    return new DosingUnit(element.code(), first.term(), plural);
  }

  /** A unit known only by its display text (the DN of EnhetDosering), without a plural. */
  public static DosingUnit ofText(String code, String text) {
    return new DosingUnit(code, text, null);
  }

  /** The plural, or the singular when the code system has none. */
  public String pluralOrSingular() {
    return plural != null ? plural : singular;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
