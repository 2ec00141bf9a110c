package org.festserver.server.product;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.festserver.indexer.dataset.Dataset;
import org.festserver.model.catalog.DosingUnit;
import org.festserver.model.catalog.ShortDose;
import org.festserver.model.codesystem.CodeSystem;
import org.festserver.model.codesystem.CodeSystemElement;
import org.festserver.model.codesystem.Term;
import org.festserver.model.common.Coded;
import org.festserver.model.entry.EntityKind;
import org.festserver.model.medicine.Administration;

/**
 * Renders short-dose texts with code systems 7478 (Kortdose: the text with {@code <dose>}/{@code <doser>})
 * and 7480 (Enhet for dosering: singular and plural). Built once per dataset.
 */
final class ShortDoses {
  static final String SHORT_DOSE_SYSTEM = CodeSystem.OID_PREFIX + "7478";
  static final String DOSING_UNIT_SYSTEM = CodeSystem.OID_PREFIX + "7480";

  /** A rendered short dose: its 7478 code, the text, and whether the plural was missing and the singular used. */
  record View(String code, String text, boolean pluralMissing) {}

  private final Map<String, String> templates = new HashMap<>();
  private final Map<String, DosingUnit> units = new HashMap<>();

  static ShortDoses build(Dataset dataset) {
    ShortDoses doses = new ShortDoses();
    dataset.store().get(EntityKind.CODE_SYSTEM, SHORT_DOSE_SYSTEM, CodeSystem.class).ifPresent(system -> {
      for (CodeSystemElement element : system.elements()) {
        String template = template(element);
        if (template != null) {
          doses.templates.put(element.code(), template);
        }
      }
    });
    dataset.store().get(EntityKind.CODE_SYSTEM, DOSING_UNIT_SYSTEM, CodeSystem.class).ifPresent(system -> {
      for (CodeSystemElement element : system.elements()) {
        doses.units.put(element.code(), DosingUnit.of(element));
      }
    });
    return doses;
  }

  /** The text with placeholders: a term or description holding one, else the first term. */
  private static String template(CodeSystemElement element) {
    for (Term term : element.terms()) {
      if (ShortDose.hasPlaceholder(term.description())) {
        return term.description();
      }
      if (ShortDose.hasPlaceholder(term.term())) {
        return term.term();
      }
    }
    return element.terms().isEmpty() ? null : element.terms().get(0).term();
  }

  /** The short doses of an administration block, each rendered with its first dosing unit. */
  List<View> render(Administration administration) {
    if (administration == null || administration.shortDoses().isEmpty()) {
      return List.of();
    }
    DosingUnit unit = null;
    if (!administration.dosingUnits().isEmpty()) {
      Coded first = administration.dosingUnits().get(0);
      unit = units.getOrDefault(first.code(), DosingUnit.ofText(first.code(), first.text()));
    }
    List<View> views = new ArrayList<>();
    for (Coded dose : administration.shortDoses()) {
      String template = templates.getOrDefault(dose.code(), dose.text());
      boolean pluralMissing = template != null && template.contains("<doser>") && (unit == null || unit.plural() == null);
      views.add(new View(dose.code(), ShortDose.render(template, unit), pluralMissing));
    }
    return views;
  }
}
