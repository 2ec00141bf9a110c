package org.festserver.tools.pharmacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.festserver.model.pharmacy.Gln;
import org.festserver.model.pharmacy.PharmacyFileName;

/**
 * Writes a realistic sample {@code apotekslista_js_djur_*.txt}: about 230 pharmacies in real Swedish towns with their
 * real county and municipality codes, the main chains, animal pharmacies ({@code DJUR}) and distance pharmacies
 * ({@code DIAP}), a mix of {@code E = J/N/blank}, opening hours and a few temporary closures. Encoded ISO-8859-1,
 * tab-delimited, CRLF line ends, with the 23-column header of {@code docs/pharmacies.md}. The same seed always gives
 * the same bytes ({@link Random} is specified to be stable across JDKs).
 *
 * <p>Command (from the repository root): {@code mvn -B -q -pl tools -am compile}, then
 * {@code java -cp model/target/classes:tools/target/classes org.festserver.tools.pharmacy.PharmacyListGenerator
 * data/apotekslista_js_djur_2026-11-20_06_00_00.txt 20261120}; see {@code data/README-pharmacies.md}.
 */
public final class PharmacyListGenerator {
  /** The seed the committed sample was written with. */
  public static final long DEFAULT_SEED = 20261120L;

  static final List<String> HEADER = List.of("GLN", "BENÄMNING LÅNG", "BENÄMNING KORT", "POSTADRESS",
      "BESÖKSADRESS", "POSTNR", "ORT", "LT", "KO", "TFN ALLMÄNHET", "TFN RECEPTUR", "VKOD", "E", "VARF", "VART",
      "VARF", "VART", "LÖRF", "LÖRT", "SÖNF", "SÖNT", "TILLF STÄNGT", "ORSAK");

  private static final List<String> SYMBOLS = List.of("Svanen", "Lejonet", "Kronan", "Enhörningen", "Hjorten",
      "Ugglan", "Örnen", "Falken", "Tranan", "Räven", "Björnen", "Vasen", "Pelikanen", "Fenix", "Ekorren", "Stjärnan",
      "Draken", "Gripen", "Morianen", "Ankaret", "Järnet", "Valen", "Korpen", "Hägern", "Kronhjorten", "Solen",
      "Nordstjärnan", "Delfinen", "Uroxen", "Trappan");
  private static final List<String> PLACES = List.of("Centrum", "City", "Galleria", "Torget", "Resecentrum",
      "Väster", "Öster", "Norr", "Söder", "Köpcentrum", "Vårdcentral", "Sjukhuset", "Stationen", "Handelsplats");
  private static final Map<String, List<String>> BIG_CITY_PLACES = Map.of(
      "Stockholm", List.of("Hötorget", "Odenplan", "Fridhemsplan", "Medborgarplatsen", "Sergels Torg",
          "Liljeholmen", "Skanstull", "Kista Galleria", "Gallerian", "Östermalmstorg"),
      "Göteborg", List.of("Nordstan", "Frölunda Torg", "Backaplan", "Linnéplatsen", "Järntorget",
          "Kungsportsplatsen", "Femmanhuset", "Hjalmar Brantingsplatsen"),
      "Malmö", List.of("Triangeln", "Mobilia", "Emporia", "Möllevången", "Värnhemstorget", "Gustav Adolfs Torg"));
  private static final List<String> STREETS = List.of("Storgatan", "Drottninggatan", "Kungsgatan", "Stora Torget",
      "Järnvägsgatan", "Östra Storgatan", "Västra Storgatan", "Torggatan", "Köpmangatan", "Nygatan", "Hamngatan",
      "Södra Vägen", "Bangatan", "Rådhusgatan", "Skolgatan", "Kyrkogatan", "Stationsgatan", "Ågatan",
      "Västra Hamngatan", "Norra Järnvägsgatan", "Fabriksgatan", "Åsgatan");
  private static final List<String> CLOSURE_REASONS = List.of("Renovering", "Personalbrist", "Vattenskada",
      "Inventering", "Ombyggnad av lokalen");

  private final Random random;
  private final Set<String> glns = new HashSet<>();
  private final Set<String> names = new HashSet<>();

  private PharmacyListGenerator(long seed) {
    this.random = new Random(seed);
  }

  /**
   * Writes a sample list to {@code file}, replacing it.
   *
   * @throws IllegalArgumentException when the file name is not an export name ({@code apotekslista_js_djur_*.txt})
   * @throws IOException when writing fails
   */
  public static void write(Path file, long seed) throws IOException {
    PharmacyFileName.parse(file.getFileName().toString());
    Files.write(file, render(seed));
  }

  /** The bytes {@link #write} writes for {@code seed}. */
  public static byte[] render(long seed) {
    List<List<String>> rows = new PharmacyListGenerator(seed).rows();
    StringBuilder text = new StringBuilder();
    text.append(String.join("\t", HEADER)).append("\r\n");
    for (List<String> row : rows) {
      text.append(String.join("\t", row)).append("\r\n");
    }
    return text.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  /**
   * {@code PharmacyListGenerator OUTPUT_FILE [SEED]}: writes a sample list (default seed {@value #DEFAULT_SEED}) and
   * prints nothing.
   *
   * @throws IOException when writing fails
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      throw new IllegalArgumentException(
          "usage: PharmacyListGenerator OUTPUT_FILE [SEED], OUTPUT_FILE named apotekslista_js_djur_*.txt");
    }
    long seed = args.length == 2 ? Long.parseLong(args[1]) : DEFAULT_SEED;
    Path out = Path.of(args[0]);
    write(out, seed);
  }

  private List<List<String>> rows() {
    List<List<String>> rows = new ArrayList<>();
    rows.add(scheele());
    for (SwedishTown town : SwedishTown.ALL) {
      for (int i = 0; i < town.pharmacies(); i++) {
        rows.add(ordinary(town));
      }
    }
    rows.addAll(animalPharmacies());
    rows.addAll(distancePharmacies());
    rows.sort(Comparator.comparing(row -> row.get(0)));
    return rows;
  }

  /** The one pharmacy open around the clock. */
  private List<String> scheele() {
    SwedishTown town = SwedishTown.named("Stockholm");
    return row(town, "Apoteket C.W. Scheele", "Apoteket Scheele", "AP", "J", "Klarabergsgatan 64", "111 21",
        hours("0000", "2400", null, null, "0000", "2400", "0000", "2400"));
  }

  private List<String> ordinary(SwedishTown town) {
    int chain = random.nextInt(100);
    String name;
    String shortName;
    String place = place(town);
    if (chain < 30) {
      String symbol = pick(SYMBOLS);
      name = "Apoteket " + symbol + " " + town.name();
      shortName = "Apoteket " + symbol;
    } else if (chain < 58) {
      boolean ica = random.nextInt(5) == 0;
      name = ica ? "Apoteket Hjärtat ICA Maxi " + town.name() : "Apoteket Hjärtat " + town.name() + " " + place;
      shortName = ica ? "Hjärtat Maxi " + town.name() : "Hjärtat " + place;
    } else if (chain < 80) {
      name = "Kronans Apotek " + town.name() + " " + place;
      shortName = "Kronans " + place;
    } else if (chain < 90) {
      name = "Apoteksgruppen " + town.name() + " " + place;
      shortName = "Apoteksgr " + place;
    } else if (chain < 96) {
      name = "Lloyds Apotek " + town.name() + " " + place;
      shortName = "Lloyds " + place;
    } else {
      name = "Apotek Produkter " + town.name();
      shortName = "Apotek Produkter";
    }
    if (!names.add(name)) {
      return ordinary(town);
    }
    String vet = weighted(65, "J", 25, "N", 10, "");
    return row(town, name, shortName, "AP", vet, street(), postcode(town), ordinaryHours(name));
  }

  private List<List<String>> animalPharmacies() {
    List<List<String>> rows = new ArrayList<>();
    for (String[] animal : new String[][] {
        {"Strömsholm", "Strömsholms Djurapotek", "Djurapotek Strömsholm", "24"},
        {"Uppsala", "Djurapoteket Ultuna Universitetsdjursjukhuset", "Djurapoteket Ultuna", "24"},
        {"Stockholm", "Djurapoteket Djursjukhuset Stockholm Söder", "Djurapoteket Söder", "24"},
        {"Göteborg", "Djurapoteket Djursjukhuset Göteborg", "Djurapoteket Göteborg", "24"},
        {"Malmö", "Djurapoteket Malmö Djursjukhus", "Djurapoteket Malmö", "day"},
        {"Helsingborg", "Djurapoteket Helsingborg", "Djurapoteket Hbg", "day"},
        {"Skara", "Djurapoteket Skara Djursjukhus", "Djurapoteket Skara", "day"},
        {"Umeå", "Djurapoteket Umeå", "Djurapoteket Umeå", "day"},
        {"Jönköping", "Djurapoteket Jönköping", "Djurapoteket Jönköping", "day"},
        {"Falun", "Djurapoteket Dalarna", "Djurapoteket Dalarna", "day"}}) {
      SwedishTown town = SwedishTown.named(animal[0]);
      String[] hours = animal[3].equals("24")
          ? hours("0000", "2400", null, null, "0000", "2400", "0000", "2400")
          : hours("0800", "1700", null, null, null, null, null, null);
      names.add(animal[1]);
      rows.add(row(town, animal[1], animal[2], "DJUR", "J", street(), postcode(town), hours));
    }
    return rows;
  }

  private List<List<String>> distancePharmacies() {
    List<List<String>> rows = new ArrayList<>();
    for (String[] distance : new String[][] {
        {"Morgongåva", "Apotea Distansapotek", "Apotea", "J"},
        {"Stockholm", "Apoteket AB Distanshandel", "Apoteket Distans", "J"},
        {"Stockholm", "Apotek Hjärtat Distanshandel", "Hjärtat Distans", "J"},
        {"Göteborg", "Kronans Apotek Distanshandel", "Kronans Distans", "N"},
        {"Stockholm", "Apohem Distansapotek", "Apohem", ""},
        {"Helsingborg", "Meds Distansapotek", "Meds", "N"}}) {
      SwedishTown town = SwedishTown.named(distance[0]);
      names.add(distance[1]);
      rows.add(row(town, distance[1], distance[2], "DIAP", distance[3], street(), postcode(town),
          hours("0800", "1700", null, null, null, null, null, null)));
    }
    return rows;
  }

  private List<String> row(SwedishTown town, String name, String shortName, String type, String vet,
      String visitingAddress, String postcode, String[] hours) {
    if (name.length() > 50) {
      throw new IllegalStateException("name longer than 50 characters: " + name);
    }
    String postalAddress = random.nextInt(5) == 0 ? "Box " + (100 + random.nextInt(9900)) : visitingAddress;
    String publicPhone = phone(town);
    String prescriptionPhone = random.nextInt(5) == 0 ? "" : phone(town);
    boolean closed = random.nextInt(50) == 0;
    List<String> row = new ArrayList<>(List.of(gln(), name, truncate(shortName, 25), postalAddress, visitingAddress,
        postcode, town.name(), town.county(), town.municipality(), publicPhone, prescriptionPhone, type, vet));
    for (String time : hours) {
      row.add(time == null ? "" : time);
    }
    row.add(closed ? "J" : "N");
    row.add(closed ? pick(CLOSURE_REASONS) : "");
    return row;
  }

  private String[] ordinaryHours(String name) {
    int pattern = random.nextInt(100);
    if (name.contains("ICA Maxi")) {
      return hours("0800", "2100", null, null, "0800", "2100", "0800", "2100");
    } else if (pattern < 8) { // weekdays differ: the weekday fields stay empty (FORMAT.md §5 field 14)
      return hours(null, null, null, null, "1000", "1500", null, null);
    } else if (pattern < 20) { // small town, lunch break
      return hours("0930", "1300", "1400", "1800", "1000", "1300", null, null);
    } else if (pattern < 45) { // shopping centre
      return hours("1000", "2000", null, null, "1000", "1800", "1100", "1700");
    }
    return hours("0900", "1900", null, null, "1000", "1500", random.nextBoolean() ? "1100" : null,
        random.nextBoolean() ? "1500" : null);
  }

  private static String[] hours(String... times) {
    if (times[6] == null || times[7] == null) {
      times[6] = null;
      times[7] = null;
    }
    return times;
  }

  private String gln() {
    while (true) {
      String firstTwelve = String.format(Locale.ROOT, "735004%06d", random.nextInt(1_000_000));
      String gln = firstTwelve + Gln.checkDigit(firstTwelve);
      if (glns.add(gln)) {
        return gln;
      }
    }
  }

  private String place(SwedishTown town) {
    List<String> local = BIG_CITY_PLACES.get(town.name());
    return local != null && random.nextBoolean() ? pick(local) : pick(PLACES);
  }

  private String street() {
    return pick(STREETS) + " " + (1 + random.nextInt(60));
  }

  private String postcode(SwedishTown town) {
    return pick(town.postcodePrefixes()) + " " + String.format(Locale.ROOT, "%02d", random.nextInt(100));
  }

  /** A number in the town's area, grouped as Swedish numbers are written, at most 15 characters. */
  private String phone(SwedishTown town) {
    String area = town.areaCode();
    int digits = area.length() == 2 ? 8 : area.length() == 3 ? 7 : 6;
    StringBuilder number = new StringBuilder();
    number.append(1 + random.nextInt(9));
    for (int i = 1; i < digits; i++) {
      number.append(random.nextInt(10));
    }
    String n = number.toString();
    String grouped = switch (digits) {
      case 8 -> n.substring(0, 3) + " " + n.substring(3, 6) + " " + n.substring(6);
      case 7 -> n.substring(0, 3) + " " + n.substring(3, 5) + " " + n.substring(5);
      default -> n.substring(0, 2) + " " + n.substring(2, 4) + " " + n.substring(4);
    };
    return area + "-" + grouped;
  }

  private String weighted(int a, String first, int b, String second, int c, String third) {
    int r = random.nextInt(a + b + c);
    return r < a ? first : r < a + b ? second : third;
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static String truncate(String value, int max) {
    return value.length() <= max ? value : value.substring(0, max).strip();
  }
}
