package org.festserver.model.entry;

/**
 * A payload of an M30 entry. {@link #key()} is the stable identity used for storage and for applying increments:
 * the payload's own {@code Id} where it has one, {@code Nr} for trade goods, the OID for a code system, and the entry
 * id for payloads without an identity of their own (reimbursement bases, alerts, not-assessed codes, structured
 * dosages).
 */
public interface FestEntity {

  /** The stable key of this entity within its kind. */
  String key();

  /** What kind of entity this is. */
  EntityKind kind();
}
