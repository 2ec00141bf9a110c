package org.festserver.model.entry;

/** Code system 7446 Oppføringsstatus: an entry is active (A) or expired (U). */
public enum EntryStatus {
  ACTIVE("A"),
  EXPIRED("U");

  private final String code;

  EntryStatus(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /**
   * @throws IllegalArgumentException for a code other than A or U
   */
  public static EntryStatus fromCode(String code) {
    for (EntryStatus status : values()) {
      if (status.code.equals(code)) {
        return status;
      }
    }
    throw new IllegalArgumentException("expected entry status A or U, got " + code);
  }
}
