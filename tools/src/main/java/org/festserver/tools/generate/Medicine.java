package org.festserver.tools.generate;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A medicine definition: one ATC code, its component substances and the forms and strengths it is sold in.
 * A single-substance medicine has one component; a fixed combination several (more than three means no
 * LegemiddelVirkestoff, R-4.2.2).
 */
final class Medicine {

  final int id;
  final String atc;
  final String nameNo;
  final String nameEn;
  final List<Substance> components;
  /** A, B, C, F or F/C (small packs F, large C, giving CF on brand and group). */
  final String rx;
  final int popularity;
  /** WHO DDD as value and unit, or null. */
  final double dddValue;
  final String dddUnit;
  final Set<String> tags;
  final List<Offer> offers;
  final boolean synthetic;

  Medicine(int id, String atc, String nameNo, String nameEn, List<Substance> components, String rx,
      int popularity, double dddValue, String dddUnit, Set<String> tags, List<Offer> offers, boolean synthetic) {
    this.id = id;
    this.atc = atc;
    this.nameNo = nameNo;
    this.nameEn = nameEn;
    this.components = components;
    this.rx = rx;
    this.popularity = popularity;
    this.dddValue = dddValue;
    this.dddUnit = dddUnit;
    this.tags = tags;
    this.offers = offers;
    this.synthetic = synthetic;
  }

  /** One form of a medicine, its ATC code (a substance can have several, R-8.1.2) and its strength options. */
  record Offer(Form form, String atc, List<List<Strength>> strengths) {}

  boolean combination() {
    return components.size() > 1;
  }

  boolean multi() {
    return components.size() > 3;
  }

  boolean has(String tag) {
    return tags.contains(tag);
  }

  /** Name used in the substance group's NavnFormStyrke: "Simvastatin", "Losartan/hydroklortiazid". */
  String groupName() {
    if (!combination()) {
      return components.get(0).nameNo;
    }
    StringBuilder sb = new StringBuilder(components.get(0).nameNo);
    for (int i = 1; i < components.size(); i++) {
      sb.append('/').append(components.get(i).nameNo.toLowerCase(Locale.ROOT));
    }
    return sb.toString();
  }

  /** Stem of a generic brand name: "Simvastatin" or "Candesartan", "Tramadol/Paracetamol". */
  String genericStem(boolean english) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < Math.min(components.size(), 2); i++) {
      if (i > 0) {
        sb.append('/');
      }
      sb.append(english ? components.get(i).nameEn : components.get(i).nameNo);
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return atc + " " + nameNo;
  }
}
