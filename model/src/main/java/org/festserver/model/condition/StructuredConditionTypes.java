package org.festserver.model.condition;

/** Codes of code system 7439 (type of structured condition) that the server interprets. */
public final class StructuredConditionTypes {
  /** 1 Alder lik eller større enn: age ≥ N years. */
  public static final String AGE_AT_LEAST = "1";
  /** 2 Alder mindre enn: age < N years. */
  public static final String AGE_BELOW = "2";
  /** 3 Kjønn: sex, values from code system 8459. */
  public static final String SEX = "3";
  /** 11 Forskrives på artikkelgruppenivå: a trade-goods group prescribed on its own. */
  public static final String PRESCRIBE_ON_ARTICLE_GROUP = "11";

  private StructuredConditionTypes() {}
}
