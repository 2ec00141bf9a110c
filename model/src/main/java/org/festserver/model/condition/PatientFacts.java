package org.festserver.model.condition;

/**
 * What is known about the patient when conditions are evaluated: age in whole years and sex, each possibly unknown
 * (null).
 */
public record PatientFacts(Integer age, Sex sex) {
  /** Youngest and oldest age accepted. */
  public static final int MIN_AGE = 0;
  public static final int MAX_AGE = 150;

  public static final PatientFacts UNKNOWN = new PatientFacts(null, null);

  /**
   * @throws IllegalArgumentException when the age is outside 0–150
   */
  public PatientFacts {
    if (age != null && (age < MIN_AGE || age > MAX_AGE)) {
      throw new IllegalArgumentException("age must be between " + MIN_AGE + " and " + MAX_AGE + ", got " + age);
    }
  }
}
