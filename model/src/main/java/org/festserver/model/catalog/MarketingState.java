package org.festserver.model.catalog;

/** Whether a pack can be sold on a date; {@link #code()} is the API spelling. */
public enum MarketingState {
  /** Markedsføringsdato is after the date: not yet in pharmacies. */
  NOT_YET_MARKETED("not-yet-marketed"),
  /** On the market. */
  MARKETED("marketed"),
  /** Deregistered less than 3 months ago: may still be sold. */
  DEREGISTERED("deregistered"),
  /** Temporarily withdrawn less than 3 months ago: may still be sold. */
  TEMPORARILY_WITHDRAWN("temporarily-withdrawn"),
  /** Deregistered or withdrawn 3 months ago or more: can no longer be sold. */
  NO_LONGER_SOLD("no-longer-sold");

  private final String code;

  MarketingState(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** True when a pharmacy may sell the pack in this state (everything but not-yet-marketed and no-longer-sold). */
  public boolean sellable() {
    return this == MARKETED || this == DEREGISTERED || this == TEMPORARILY_WITHDRAWN;
  }
}
