package org.festserver.indexer.store;

/**
 * The secondary lookups of a dataset, each a sorted map from a key to one or more entity keys. Sorted, so that
 * prefix ranges (ATC codes below a level) are one scan.
 */
public enum Lookup {
  /** varenummer → pack id. */
  PACK_BY_ITEM_NUMBER,
  /** utgående varenummer → pack id. */
  PACK_BY_FORMER_ITEM_NUMBER,
  /** EAN → pack ids (a pack may have several EANs, R-6.2.3). */
  PACKS_BY_EAN,
  /** byttegruppe id → pack ids. */
  PACKS_BY_INTERCHANGE_GROUP,
  /** brand id → pack ids, from each pack's Pakningsinfo. */
  PACKS_BY_BRAND,
  /** brand id → unit-dose ids. */
  UNIT_DOSES_BY_BRAND,
  /** pack id → unit-dose ids. */
  UNIT_DOSES_BY_PACK,
  /** ATC code → brand ids. */
  BRANDS_BY_ATC,
  /** ATC code → pack ids. */
  PACKS_BY_ATC,
  /** ATC code → substance-group ids. */
  SUBSTANCE_GROUPS_BY_ATC,
  /** ATC code → unit-dose ids. */
  UNIT_DOSES_BY_ATC,
  /** Reimbursement group id → key of the reimbursement basis that holds it. */
  REIMBURSEMENT_BASIS_BY_GROUP,
  /** Reimbursement group id → ids of the packs whose Refusjon links it. */
  PACKS_BY_REIMBURSEMENT_GROUP,
  /** Reimbursement group id → ids of the substance groups whose Refusjon links it. */
  SUBSTANCE_GROUPS_BY_REIMBURSEMENT_GROUP,
  /** Entry id (the {@code Id} of an {@code Oppf} element) → "KIND:key" of the entity it currently carries (for increments, R-13.1). */
  ENTITY_BY_ENTRY_ID,
  /** "KIND:key" → current entry id. */
  ENTRY_ID_BY_ENTITY
}
