package org.festserver.server.pharmacy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.festserver.model.pharmacy.OpeningHours;
import org.festserver.model.pharmacy.Pharmacy;

/** The JSON of one pharmacy; field names as in {@code docs/api.md}, absent values as null. */
final class PharmacyJson {
  private PharmacyJson() {}

  static Map<String, Object> of(Pharmacy p) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("gln", p.gln());
    json.put("name", p.name());
    json.put("shortName", p.shortName());
    json.put("postalAddress", p.postalAddress());
    json.put("visitingAddress", p.visitingAddress());
    json.put("postalCode", p.postalCode());
    json.put("city", p.city());
    json.put("countyCode", p.countyCode());
    json.put("municipalityCode", p.municipalityCode());
    json.put("nationalMunicipalityCode", p.nationalMunicipalityCode());
    json.put("publicPhone", p.publicPhone());
    json.put("prescriptionPhone", p.prescriptionPhone());
    json.put("activityType", p.activityType());
    json.put("vetEPrescription", p.vetEPrescription());
    json.put("openingHours", hours(p.openingHours()));
    json.put("temporarilyClosed", p.temporarilyClosed());
    json.put("closureReason", p.closureReason());
    return json;
  }

  private static Map<String, Object> hours(OpeningHours h) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("weekdayOpens", h.weekdayOpens());
    json.put("weekdayLunchOrCloses", h.weekdayLunchOrCloses());
    json.put("weekdayReopens", h.weekdayReopens());
    json.put("weekdayCloses", h.weekdayCloses());
    json.put("saturdayOpens", h.saturdayOpens());
    json.put("saturdayCloses", h.saturdayCloses());
    json.put("sundayOpens", h.sundayOpens());
    json.put("sundayCloses", h.sundayCloses());
    return json;
  }
}
