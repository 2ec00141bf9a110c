package org.festserver.model.supply;

/** The three kinds of trade goods, by their XML element. */
public enum SupplyKind {
  NUTRITION("Naringsmiddel"),
  MEDICAL_CONSUMABLE("MedForbMatr"),
  BREAST_PROSTHESIS("Brystprotese");

  private final String element;

  SupplyKind(String element) {
    this.element = element;
  }

  public String element() {
    return element;
  }
}
