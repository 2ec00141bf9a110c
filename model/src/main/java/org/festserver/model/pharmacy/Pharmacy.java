package org.festserver.model.pharmacy;

import java.util.Objects;

/**
 * One pharmacy (expeditionsställe) of the veterinary pharmacy list, fields as exported and trimmed; an empty field is
 * null. Codes keep their leading zeros.
 *
 * @param gln GLN code, 13 digits with a valid check digit ({@code GLN})
 * @param name long name ({@code BENÄMNING LÅNG})
 * @param shortName short name ({@code BENÄMNING KORT})
 * @param postalAddress {@code POSTADRESS}
 * @param visitingAddress {@code BESÖKSADRESS}
 * @param postalCode {@code POSTNR}, as written (e.g. {@code 411 06})
 * @param city post town ({@code ORT})
 * @param countyCode two-digit county (län) code ({@code LT}), e.g. {@code 14}
 * @param municipalityCode two-digit municipality code within the county ({@code KO}), e.g. {@code 80}
 * @param publicPhone {@code TFN ALLMÄNHET}
 * @param prescriptionPhone {@code TFN RECEPTUR}
 * @param activityType main activity code ({@code VKOD}), e.g. {@code AP}, {@code DJUR}, {@code DIAP}
 * @param vetEPrescription handles veterinary e-prescriptions ({@code E}: J true, N false, blank null = unknown)
 * @param openingHours normal opening hours, never null
 * @param temporarilyClosed temporarily closed (J/N, blank null); an assumed field, see {@code docs/pharmacies.md}
 * @param closureReason reason for a temporary closure, or null; an assumed field
 */
public record Pharmacy(
    String gln,
    String name,
    String shortName,
    String postalAddress,
    String visitingAddress,
    String postalCode,
    String city,
    String countyCode,
    String municipalityCode,
    String publicPhone,
    String prescriptionPhone,
    String activityType,
    Boolean vetEPrescription,
    OpeningHours openingHours,
    Boolean temporarilyClosed,
    String closureReason) {

  public Pharmacy {
    Objects.requireNonNull(gln, "gln");
    openingHours = openingHours == null ? OpeningHours.UNKNOWN : openingHours;
  }

  /**
   * The national four-digit municipality code (county code + municipality code, e.g. {@code 1480} for Göteborg), or
   * null when either part is missing.
   */
  public String nationalMunicipalityCode() {
    return countyCode == null || municipalityCode == null ? null : countyCode + municipalityCode;
  }

  /** True only when the list says the pharmacy handles veterinary e-prescriptions ({@code E = J}). */
  public boolean handlesVetEPrescriptions() {
    return Boolean.TRUE.equals(vetEPrescription);
  }
}
