package org.festserver.model.reimbursement;

import java.time.LocalDate;
import org.festserver.model.condition.Role;
import org.festserver.model.medicine.ReimbursementLink;

/**
 * The three reimbursement dates of a code or of a product's link: valid from {@code validFrom}
 * inclusive, shown when prescribing up to and including {@code prescribeUntil}, when dispensing up to and including
 * {@code dispenseUntil}. A null date is open.
 */
public record ValidityWindow(LocalDate validFrom, LocalDate prescribeUntil, LocalDate dispenseUntil) {

  /** The window of no restriction, for groups reached without a link (magistral groups by ATC, R-6.4.6). */
  public static final ValidityWindow OPEN = new ValidityWindow(null, null, null);

  public static ValidityWindow of(ReimbursementCode code) {
    return new ValidityWindow(code.validFrom(), code.prescribeUntil(), code.dispenseUntil());
  }

  public static ValidityWindow of(ReimbursementLink link) {
    return link == null ? OPEN : new ValidityWindow(link.validFrom(), link.prescribeUntil(), link.dispenseUntil());
  }

  /**
   * True when valid on {@code date} for {@code role}: not before GyldigFraDato, and not after ForskrivesTilDato for a
   * prescriber or UtleveresTilDato for a dispenser. A prescriber is also bound by UtleveresTilDato, which
   * is never earlier in a correct file but would end any use of the code if it were.
   */
  public boolean validOn(LocalDate date, Role role) {
    if (validFrom != null && date.isBefore(validFrom)) {
      return false;
    }
    LocalDate until = role == Role.PRESCRIBER ? earliest(prescribeUntil, dispenseUntil) : dispenseUntil;
    return until == null || !date.isAfter(until);
  }

  /** The window in which both this and {@code other} are valid: the later start, the earlier ends. */
  public ValidityWindow intersect(ValidityWindow other) {
    return new ValidityWindow(
        latest(validFrom, other.validFrom),
        earliest(prescribeUntil, other.prescribeUntil),
        earliest(dispenseUntil, other.dispenseUntil));
  }

  private static LocalDate earliest(LocalDate a, LocalDate b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isBefore(b) ? a : b;
  }

  private static LocalDate latest(LocalDate a, LocalDate b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }
}
