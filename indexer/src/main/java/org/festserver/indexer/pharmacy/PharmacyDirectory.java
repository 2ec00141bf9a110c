package org.festserver.indexer.pharmacy;

import java.text.CollationKey;
import java.text.Collator;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.festserver.model.pharmacy.Pharmacy;
import org.festserver.model.pharmacy.PharmacyList;

/**
 * An immutable, in-memory, searchable view of one accepted pharmacy list: look-up by GLN and filtered name search.
 * Safe to share between threads.
 */
public final class PharmacyDirectory {
  /*
   * Implementation notes
   *
   * The list is small (about 1 400 pharmacies in Sweden), so a search is a linear scan over entries pre-sorted once
   * by name with a Swedish Collator (å ä ö after z), ties by GLN; the scan keeps that order, so results are stable.
   * Each entry carries the folded words (SearchFolding) of name, short name and city; every folded query word must
   * be a prefix of one of them.
   */
  private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

  private final PharmacyList list;
  private final List<Entry> sorted;
  private final Map<String, Pharmacy> byGln;

  private PharmacyDirectory(PharmacyList list) {
    this.list = list;
    Collator collator = Collator.getInstance(SWEDISH);
    List<Entry> entries = new ArrayList<>(list.size());
    Map<String, Pharmacy> index = new HashMap<>();
    for (Pharmacy pharmacy : list.pharmacies()) {
      entries.add(new Entry(pharmacy, collator.getCollationKey(pharmacy.name()), words(pharmacy)));
      index.putIfAbsent(pharmacy.gln(), pharmacy);
    }
    entries.sort(Comparator.comparing(Entry::sortKey).thenComparing(e -> e.pharmacy().gln()));
    this.sorted = List.copyOf(entries);
    this.byGln = Map.copyOf(index);
  }

  /** A directory over {@code list}. */
  public static PharmacyDirectory of(PharmacyList list) {
    return new PharmacyDirectory(list);
  }

  /** Export time of the list (from its file name). */
  public LocalDateTime exportedAt() {
    return list.exportedAt();
  }

  /** File name the list arrived in. */
  public String sourceFileName() {
    return list.sourceFileName();
  }

  /** Number of pharmacies. */
  public int size() {
    return sorted.size();
  }

  /** The underlying list, in file order. */
  public PharmacyList list() {
    return list;
  }

  /** The pharmacy with this GLN, if listed. */
  public Optional<Pharmacy> byGln(String gln) {
    return gln == null ? Optional.empty() : Optional.ofNullable(byGln.get(gln.strip()));
  }

  /** Pharmacies matching every condition of {@code query}, sorted by name, with the total match count. */
  public PharmacySearchResult search(PharmacyQuery query) {
    List<String> tokens = SearchFolding.words(query.text());
    List<Pharmacy> page = new ArrayList<>(Math.min(query.limit(), sorted.size()));
    int total = 0;
    for (Entry entry : sorted) {
      if (entry.matches(query, tokens)) {
        total++;
        if (page.size() < query.limit()) {
          page.add(entry.pharmacy());
        }
      }
    }
    return new PharmacySearchResult(total, page);
  }

  private static List<String> words(Pharmacy pharmacy) {
    List<String> words = new ArrayList<>(SearchFolding.words(pharmacy.name()));
    words.addAll(SearchFolding.words(pharmacy.shortName()));
    words.addAll(SearchFolding.words(pharmacy.city()));
    return words.stream().distinct().toList();
  }

  private record Entry(Pharmacy pharmacy, CollationKey sortKey, List<String> words) {

    boolean matches(PharmacyQuery query, List<String> tokens) {
      if (query.vetOnly() && !pharmacy.handlesVetEPrescriptions()) {
        return false;
      }
      if (query.county() != null && !query.county().equals(pharmacy.countyCode())) {
        return false;
      }
      String municipality = query.municipality();
      if (municipality != null) {
        String actual = municipality.length() == 4 ? pharmacy.nationalMunicipalityCode() : pharmacy.municipalityCode();
        if (!municipality.equals(actual)) {
          return false;
        }
      }
      for (String token : tokens) {
        if (words.stream().noneMatch(w -> w.startsWith(token))) {
          return false;
        }
      }
      return true;
    }
  }
}
