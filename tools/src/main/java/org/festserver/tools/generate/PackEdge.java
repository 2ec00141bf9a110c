package org.festserver.tools.generate;

/** Life-cycle and identification edge cases a pack can carry (forced on fixed families, random elsewhere). */
enum PackEdge {
  /** Markedsforingsdato in the future. */
  FUTURE_MARKETING,
  /** AvregDato within the last 3 months: still dispensable. */
  DEREGISTERED_RECENT,
  /** AvregDato more than 3 months ago. */
  DEREGISTERED_OLD,
  /** AvregDato announced for the future. */
  DEREGISTERED_FUTURE,
  /** MidlUtgattDato within the last 3 months. */
  TEMP_OUT_RECENT,
  /** MidlUtgattDato more than 3 months ago. */
  TEMP_OUT_OLD,
  /** Prices with a past, a current and a future period. */
  PRICE_HISTORY,
  /** Byttegruppe membership that starts in the future. */
  FUTURE_MEMBERSHIP,
  /** Utgående varenummer, with the old number's EAN as a second EAN. */
  OUTGOING_NUMBER,
  /** A second, foreign EAN. */
  TWO_EANS,
  /** Reimbursement link with its own ForskrivesTilDato/UtleveresTilDato. */
  OWN_REIMBURSEMENT_DATES
}
