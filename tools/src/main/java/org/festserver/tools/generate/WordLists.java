package org.festserver.tools.generate;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Word lists from lists.tsv (companies, name syllables, magistral substances, suppliers). */
final class WordLists {

  private static volatile WordLists instance;

  final List<String> originatorCompanies;
  final List<String> genericCompanies;
  final List<String> genericCompanyLegal;
  final List<String> parallelImporters;
  final List<String> unregisteredManufacturers;
  final List<String> hospitalProducers;
  final List<String> nafProducers;
  final List<String> syllableStart;
  final List<String> syllableMid;
  final List<String> syllableEnd;
  final List<String> innPrefix;
  final List<String> innMiddle;
  final List<String[]> magistral;
  final List<String[]> suppliers;

  private WordLists(Map<String, Resources.Block> b) {
    originatorCompanies = b.get("originator-companies").firstColumn();
    genericCompanies = b.get("generic-companies").firstColumn();
    genericCompanyLegal = b.get("generic-company-legal").firstColumn();
    parallelImporters = b.get("parallel-importers").firstColumn();
    unregisteredManufacturers = b.get("unregistered-manufacturers").firstColumn();
    hospitalProducers = b.get("hospital-producers").firstColumn();
    nafProducers = b.get("naf-producers").firstColumn();
    syllableStart = b.get("syllable-start").firstColumn();
    syllableMid = b.get("syllable-mid").firstColumn();
    syllableEnd = b.get("syllable-end").firstColumn();
    innPrefix = b.get("inn-prefix").firstColumn();
    innMiddle = b.get("inn-middle").firstColumn();
    magistral = b.get("magistral-substances").rows();
    suppliers = b.get("suppliers").rows();
  }

  static WordLists get() {
    WordLists w = instance;
    if (w == null) {
      synchronized (WordLists.class) {
        w = instance;
        if (w == null) {
          w = new WordLists(Resources.blocks("lists.tsv"));
          instance = w;
        }
      }
    }
    return w;
  }

  static String capitalize(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  /** Rough English spelling of a Norwegian-spelled INN-like name (ks to x, k to c, f stays). */
  static String english(String no) {
    String s = no.replace("ks", "x").replace("Ks", "X").replace("k", "c").replace("K", "C")
        .replace("æ", "ae").replace("ø", "o").replace("å", "a").replace("Ø", "O");
    return s;
  }
}
