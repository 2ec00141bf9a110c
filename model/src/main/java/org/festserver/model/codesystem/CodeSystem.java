package org.festserver.model.codesystem;

import java.util.List;
import org.festserver.model.common.Lists;
import org.festserver.model.entry.EntityKind;
import org.festserver.model.entry.FestEntity;

/** A whole code system ({@code OppfKodeverk}: {@code Info} and its {@code Element}s), keyed by its OID. */
public record CodeSystem(
    String oid, String name, String shortName, String publisher, String note, List<CodeSystemElement> elements)
    implements FestEntity {

  /** OID prefix of FEST's code systems: 2.16.578.1.12.4.1.1.NNNN. */
  public static final String OID_PREFIX = "2.16.578.1.12.4.1.1.";

  public CodeSystem {
    elements = Lists.copy(elements);
  }

  /** The code-system number at the end of the OID, e.g. 7180 for ATC. */
  public String number() {
    return oid != null && oid.startsWith(OID_PREFIX) ? oid.substring(OID_PREFIX.length()) : oid;
  }

  @Override
  public String key() {
    return oid;
  }

  @Override
  public EntityKind kind() {
    return EntityKind.CODE_SYSTEM;
  }
}
