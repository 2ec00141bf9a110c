package org.festserver.tools.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A seeded synthetic M30 file with what interaction checks need: a hierarchical ATC tree, substances with salts
 * (Virkestoff/RefVirkestoff), brands (single-substance, combination and natural products without strength), packs
 * (some with two brands or a former item number), substance groups, interactions and not-assessed codes. At scale 1.0
 * the counts are those of a real Rekvirent file for these catalogs (11,000 interactions, 16,000 packs). It holds only
 * the elements these need and is not schema-valid: {@code fest-tools generate} writes complete files.
 */
public final class SyntheticInteractionCatalog {
  /*
   * Implementation notes. Products pick their substance by Zipf (exponent 1.0) over the substances in a shuffled
   * order. An interaction is a pair of sides that no other interaction has, as in FEST; a side is one substance with
   * its code(s), sometimes with a combination code (78 %), an ATC class at level 4, 3 or rarely 2, sometimes listing
   * its codes below (16.5 %), smoking ZV80AA… (2 %), or substances without ATC — mostly natural substances, sometimes
   * a salt or its therapeutic part (3.5 %). Sides are picked by Zipf with exponent 0.6, so the most popular substance
   * is in a few hundred interactions, like a CYP3A4 inhibitor. Some interactions carry the edge cases the rules must
   * survive: a member in both groups, three groups, an unknown relevance code, no Visningsregel.
   * The same seed and sizes give the same file ({@link Random} is stable across JDKs).
   */
  private static final String M30 = "http://www.kith.no/xmlstds/eresept/m30/2014-12-01";
  private static final String FS = "http://www.kith.no/xmlstds/eresept/forskrivning/2014-12-01";
  private static final String ATC_SYSTEM = "2.16.578.1.12.4.1.1.7180";
  private static final String LEVEL_1 = "ABCDGHJLMNPRSV";
  private static final String[] HEADINGS =
      {"Dosetilpasning", "Justering av administrering", "Monitorering", "Legemiddelalternativer"};
  private static final String[] AUDIENCE = {"Allmennlege", "Spesialist", "Sykehus", "Apotek", "Veterinær"};
  private static final String[] RELEVANCE = {"Bør unngås", "Forholdsregler bør tas", "Ingen tiltak nødvendig"};
  /** Skew of interaction partners: the most popular substance is in about 2 % of the interactions (a CYP3A4 hub). */
  private static final double SIDE_EXPONENT = 0.6;

  /** Entry counts; {@link #scale(double)} 1.0 has those of a real Rekvirent file. */
  public record Sizes(int atcCodes, int substances, int brands, int packs, int substanceGroups, int interactions,
      int notAssessed) {

    public static Sizes scale(double scale) {
      return new Sizes(atLeast(2400 * scale, 12), atLeast(2200 * scale, 10), atLeast(9000 * scale, 20),
          atLeast(16000 * scale, 30), atLeast(3000 * scale, 5), atLeast(11000 * scale, 20), atLeast(150 * scale, 3));
    }

    private static int atLeast(double value, int min) {
      return Math.max(min, (int) Math.round(value));
    }
  }

  record Substance(String id, String name, List<String> codes, String completeId) {}

  record Brand(String id, String atc, String name, List<String[]> strengths, List<String> withoutStrength) {}

  record Pack(String id, String itemNumber, String formerItemNumber, String atc, List<String> brandIds) {}

  record Group(String id, String atc, String strengthId) {}

  record Member(String name, String atc, List<String> substanceRefs) {}

  record Side(String name, List<Member> members) {}

  record Interaction(String id, String relevance, List<Integer> audience, List<Side> sides, String situation,
      String handling, int references) {}

  private final Random random;
  private final Sizes sizes;
  private final List<String> codes = new ArrayList<>();
  private final List<Substance> substances = new ArrayList<>();
  private final List<Substance> natural = new ArrayList<>();
  private final List<Substance> salts = new ArrayList<>();
  private final List<Brand> brands = new ArrayList<>();
  private final List<Pack> packs = new ArrayList<>();
  private final List<Group> groups = new ArrayList<>();
  private final List<Interaction> interactions = new ArrayList<>();
  private final List<String> notAssessed = new ArrayList<>();
  private Zipf codePopularity;
  private Zipf substancePopularity;
  private int entries;

  private SyntheticInteractionCatalog(Sizes sizes, long seed) {
    this.sizes = sizes;
    this.random = new Random(seed);
  }

  /** Generates a catalog; the same sizes and seed always give the same catalog. */
  public static SyntheticInteractionCatalog generate(Sizes sizes, long seed) {
    SyntheticInteractionCatalog catalog = new SyntheticInteractionCatalog(sizes, seed);
    catalog.atcTree();
    catalog.substances();
    catalog.brands();
    catalog.packs();
    catalog.substanceGroups();
    catalog.interactions();
    catalog.notAssessed();
    return catalog;
  }

  // ---- generation ----

  private void atcTree() {
    Set<String> level4 = new LinkedHashSet<>();
    Set<String> level5 = new LinkedHashSet<>();
    while (level5.size() < sizes.atcCodes()) {
      String prefix = LEVEL_1.charAt(random.nextInt(LEVEL_1.length()))
          + String.format(Locale.ROOT, "%02d", 1 + random.nextInt(12))
          + (char) ('A' + random.nextInt(5)) + (char) ('A' + random.nextInt(6));
      if (level4.add(prefix)) {
        int children = 1 + random.nextInt(8);
        for (int c = 0; c < children && level5.size() < sizes.atcCodes(); c++) {
          level5.add(prefix + String.format(Locale.ROOT, "%02d", 1 + random.nextInt(40)));
        }
      }
    }
    codes.addAll(level5);
    Collections.shuffle(codes, random);
    codePopularity = new Zipf(codes.size(), 1.0);
  }

  private void substances() {
    int withAtc = Math.min(sizes.substances(), codes.size());
    for (int i = 0; i < sizes.substances(); i++) {
      String id = id("SUBST", i);
      String name = "Stoff" + i;
      List<String> own = new ArrayList<>();
      if (i < withAtc && random.nextInt(20) > 0) {
        own.add(codes.get(i));
        if (random.nextInt(30) == 0) {
          own.add(codes.get(random.nextInt(codes.size()))); // one substance, two codes (efedrin)
        }
      }
      String complete = null;
      if (random.nextInt(10) < 3) {
        complete = id("SALT", i);
        salts.add(new Substance(complete, name + "hydroklorid", List.of(), null));
      }
      Substance substance = new Substance(id, name, own, complete);
      substances.add(substance);
      if (own.isEmpty()) {
        natural.add(substance);
      }
    }
    substancePopularity = new Zipf(substances.size(), 1.0);
  }

  private Substance popularSubstance() {
    return substances.get(substancePopularity.next(random));
  }

  private void brands() {
    for (int b = 0; b < sizes.brands(); b++) {
      String id = id("BRAND", b);
      int kind = random.nextInt(20);
      List<String[]> strengths = new ArrayList<>();
      List<String> without = new ArrayList<>();
      String atc;
      if (kind == 0 && !natural.isEmpty()) { // natural product: substances without strength, perhaps no ATC
        int count = 1 + random.nextInt(3);
        for (int s = 0; s < count; s++) {
          Substance substance = random.nextBoolean() ? natural.get(random.nextInt(natural.size())) : popularSubstance();
          if (!without.contains(substance.id())) {
            without.add(substance.id());
          }
        }
        atc = random.nextBoolean() ? null : codes.get(codePopularity.next(random));
      } else if (kind <= 2) { // combination with its own code
        int count = 2 + random.nextInt(2);
        for (int s = 0; s < count; s++) {
          strengths.add(new String[] {id("VMS", b * 4 + s), popularSubstance().id()});
        }
        atc = codes.get(codePopularity.next(random));
      } else {
        Substance substance = popularSubstance();
        strengths.add(new String[] {id("VMS", b * 4), substance.id()});
        atc = substance.codes().isEmpty() ? codes.get(codePopularity.next(random))
            : substance.codes().get(random.nextInt(substance.codes().size()));
      }
      brands.add(new Brand(id, atc, "Merke" + b + " tab " + (1 + random.nextInt(500)) + " mg", strengths, without));
    }
  }

  private void packs() {
    for (int p = 0; p < sizes.packs(); p++) {
      Brand first = brands.get(random.nextInt(brands.size()));
      List<String> brandIds = new ArrayList<>(List.of(first.id()));
      if (random.nextInt(10) == 0) {
        Brand second = brands.get(random.nextInt(brands.size()));
        if (!second.id().equals(first.id())) {
          brandIds.add(second.id());
        }
      }
      String former = random.nextInt(20) == 0 ? String.format(Locale.ROOT, "%06d", 800000 + p) : null;
      packs.add(new Pack(id("PACK", p), String.format(Locale.ROOT, "%06d", 100000 + p), former, first.atc(), brandIds));
    }
  }

  private void substanceGroups() {
    for (int g = 0; g < sizes.substanceGroups(); g++) {
      Brand brand = brands.get(random.nextInt(brands.size()));
      if (brand.strengths().size() == 1) {
        groups.add(new Group(id("SG", g), brand.atc(), brand.strengths().get(0)[0]));
      }
    }
  }

  private void interactions() {
    Zipf sidePopularity = new Zipf(substances.size(), SIDE_EXPONENT);
    Set<String> pairs = new HashSet<>();
    for (int i = 0; i < sizes.interactions(); i++) {
      int roll = random.nextInt(100);
      String relevance = roll == 0 ? "4" : roll < 15 ? "1" : roll < 75 ? "2" : "3";
      List<Integer> audience = new ArrayList<>();
      int audienceRoll = random.nextInt(10);
      if (audienceRoll < 6) {
        audience.addAll(List.of(1, 2, 3, 4));
      } else if (audienceRoll < 8) {
        for (int a = 1; a <= 5; a++) {
          if (random.nextBoolean()) {
            audience.add(a);
          }
        }
      }
      List<Side> sides = new ArrayList<>();
      for (int attempt = 0; attempt < 20; attempt++) { // each pair of sides once, as in FEST
        sides.clear();
        sides.add(side(i, 0, sidePopularity));
        sides.add(side(i, 1, sidePopularity));
        String first = sides.get(0).members().toString();
        String second = sides.get(1).members().toString();
        if (!first.equals(second) && pairs.add(first.compareTo(second) < 0 ? first + second : second + first)) {
          break;
        }
      }
      if (random.nextInt(50) == 0) {
        sides.add(side(i, 2, sidePopularity));
      }
      if (random.nextInt(30) == 0) { // a member listed in both groups (an ACE-inhibitor/diuretic combination)
        Member shared = sides.get(0).members().get(0);
        List<Member> other = new ArrayList<>(sides.get(1).members());
        other.add(shared);
        sides.set(1, new Side(sides.get(1).name(), other));
      }
      interactions.add(new Interaction(id("INT", i), relevance, audience, sides,
          random.nextInt(5) == 0 ? "Gjelder doser over " + (10 + random.nextInt(200)) + " mg daglig." : null,
          handling(), random.nextInt(3)));
    }
  }

  /**
   * One substansgruppe: most often one substance with its code(s) and sometimes a combination code containing it;
   * else an ATC class (level 4, 3, rarely 2) with or without its level-5 codes listed, smoking, or substances
   * without ATC.
   */
  private Side side(int interaction, int side, Zipf popularity) {
    int roll = random.nextInt(1000);
    List<Member> members = new ArrayList<>();
    String name;
    if (roll < 780) {
      Substance substance = substances.get(popularity.next(random));
      for (String code : substance.codes()) {
        members.add(new Member(substance.name(), code, List.of()));
      }
      if (members.isEmpty()) {
        members.add(new Member(substance.name(), null, List.of(substance.id())));
      }
      if (random.nextInt(5) == 0) {
        members.add(new Member(substance.name() + ", kombinasjoner", codes.get(random.nextInt(codes.size())), List.of()));
      }
      name = members.size() > 1 ? substance.name() : null;
    } else if (roll < 945) {
      String code = codes.get(popularity.next(random) % codes.size());
      String prefix = code.substring(0, roll < 900 ? 5 : roll < 940 ? 4 : 3); // level 4, 3, rarely 2
      members.add(new Member("Klasse " + prefix, prefix, List.of()));
      if (random.nextBoolean()) { // FEST often lists the codes below a class too
        for (String below : codes) {
          if (below.startsWith(prefix) && members.size() < 12) {
            members.add(new Member("Stoff med " + below, below, List.of()));
          }
        }
      }
      name = "Gruppe " + interaction + "-" + side;
    } else if (roll < 965) {
      members.add(new Member("Røyking", random.nextBoolean() ? "ZV80AA" : "ZV80AA0" + (1 + random.nextInt(5)), List.of()));
      name = "Røyking";
    } else {
      int count = 1 + random.nextInt(2);
      for (int r = 0; r < count; r++) {
        int pick = random.nextInt(10);
        String ref = pick < 6 && !natural.isEmpty() ? natural.get(random.nextInt(natural.size())).id()
            : pick < 8 && !salts.isEmpty() ? salts.get(random.nextInt(salts.size())).id()
            : substances.get(popularity.next(random)).id();
        members.add(new Member("Naturstoff", null, List.of(ref)));
      }
      if (random.nextBoolean()) {
        members.add(new Member("Naturstoff", codes.get(random.nextInt(codes.size())), List.of()));
      }
      name = "Naturgruppe " + interaction + "-" + side;
    }
    return new Side(name, members);
  }

  private String handling() {
    if (random.nextInt(4) == 0) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    for (String heading : HEADINGS) {
      if (random.nextInt(3) == 0) {
        text.append(heading).append(": Tekst om ").append(heading.toLowerCase(Locale.ROOT)).append(".\n");
      }
    }
    return text.length() == 0 ? "Monitorering: Følg opp pasienten.\n" : text.toString();
  }

  private void notAssessed() {
    Set<String> marked = new LinkedHashSet<>();
    while (marked.size() < sizes.notAssessed()) {
      String code = codes.get(random.nextInt(codes.size()));
      marked.add(random.nextInt(5) == 0 ? code.substring(0, 5) : code);
    }
    notAssessed.addAll(marked);
  }

  private static String id(String kind, int number) {
    return "ID_" + kind + "_" + number;
  }

  // ---- items ----

  /** Every pack item by current item number ({@code pack:100000} …). */
  public List<String> packItems() {
    List<String> items = new ArrayList<>(packs.size());
    packs.forEach(p -> items.add("pack:" + p.itemNumber()));
    return items;
  }

  /**
   * Items of every kind the check accepts: packs by current and former number, brands, substance groups, substances
   * (Virkestoff ids of therapeutic parts, salts and natural substances), and ATC codes at level 5, level 4 and the
   * fictitious smoking codes.
   */
  public List<String> allItems() {
    List<String> items = new ArrayList<>(packItems());
    packs.stream().filter(p -> p.formerItemNumber() != null).forEach(p -> items.add("pack:" + p.formerItemNumber()));
    brands.forEach(b -> items.add("brand:" + b.id()));
    groups.forEach(g -> items.add("substance-group:" + g.id()));
    substances.forEach(s -> items.add("substance:" + s.id()));
    salts.forEach(s -> items.add("substance:" + s.id()));
    codes.forEach(c -> items.add("atc:" + c));
    codes.forEach(c -> items.add("atc:" + c.substring(0, 5)));
    for (int f = 1; f <= 5; f++) {
      items.add("atc:ZV80AA0" + f);
    }
    return items;
  }

  public List<String> substanceGroupItems() {
    List<String> items = new ArrayList<>(groups.size());
    groups.forEach(g -> items.add("substance-group:" + g.id()));
    return items;
  }

  public List<String> brandItems() {
    List<String> items = new ArrayList<>(brands.size());
    brands.forEach(b -> items.add("brand:" + b.id()));
    return items;
  }

  public int interactionCount() {
    return interactions.size();
  }

  // ---- writing ----

  /**
   * Writes the catalog as a full M30 file.
   *
   * @throws IOException when the file cannot be written
   */
  public void write(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("FEST");
      xml.writeDefaultNamespace(M30);
      text(xml, "HentetDato", "2025-03-04T03:12:45");
      writeCatalogs(xml);
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write " + file, e);
    }
  }

  private void writeCatalogs(XMLStreamWriter xml) throws XMLStreamException {
    xml.writeStartElement("KatLegemiddelMerkevare");
    for (Brand brand : brands) {
      payload(xml, "LegemiddelMerkevare", brand.atc(), brand.name());
      text(xml, "Id", brand.id());
      text(xml, "Varenavn", brand.name());
      int order = 0;
      for (String[] strength : brand.strengths()) {
        xml.writeStartElement("SortertVirkestoffMedStyrke");
        text(xml, "Sortering", Integer.toString(order++));
        text(xml, "RefVirkestoffMedStyrke", strength[0]);
        xml.writeEndElement();
      }
      for (String substance : brand.withoutStrength()) {
        xml.writeStartElement("SortertVirkestoffUtenStyrke");
        text(xml, "Sortering", Integer.toString(order++));
        text(xml, "RefVirkestoff", substance);
        xml.writeEndElement();
      }
      endEntry(xml);
    }
    xml.writeEndElement();
    xml.writeStartElement("KatLegemiddelpakning");
    for (Pack pack : packs) {
      payload(xml, "Legemiddelpakning", pack.atc(), "Pakning " + pack.itemNumber());
      text(xml, "Id", pack.id());
      text(xml, "Varenr", pack.itemNumber());
      for (String brand : pack.brandIds()) {
        xml.writeStartElement("Pakningsinfo");
        text(xml, "RefLegemiddelMerkevare", brand);
        text(xml, "Pakningsstr", "30");
        text(xml, "Mengde", "30");
        xml.writeEndElement();
      }
      if (pack.formerItemNumber() != null) {
        xml.writeStartElement("Markedsforingsinfo");
        text(xml, "VarenrUtgaende", pack.formerItemNumber());
        xml.writeEndElement();
      }
      endEntry(xml);
    }
    xml.writeEndElement();
    writeSubstances(xml);
    xml.writeStartElement("KatLegemiddelVirkestoff");
    for (Group group : groups) {
      payload(xml, "LegemiddelVirkestoff", group.atc(), "Virkestoffgruppe " + group.id());
      text(xml, "Id", group.id());
      xml.writeStartElement("SortertVirkestoffMedStyrke");
      text(xml, "Sortering", "0");
      text(xml, "RefVirkestoffMedStyrke", group.strengthId());
      xml.writeEndElement();
      endEntry(xml);
    }
    xml.writeEndElement();
    writeInteractions(xml);
  }

  private void writeSubstances(XMLStreamWriter xml) throws XMLStreamException {
    xml.writeStartElement("KatVirkestoff");
    List<Substance> all = new ArrayList<>(substances);
    all.addAll(salts);
    for (Substance substance : all) {
      startEntry(xml, "OppfVirkestoff");
      xml.writeStartElement("Virkestoff");
      xml.writeDefaultNamespace(FS);
      text(xml, "Id", substance.id());
      text(xml, "Navn", substance.name());
      if (substance.completeId() != null) {
        text(xml, "RefVirkestoff", substance.completeId());
      }
      endEntry(xml);
    }
    for (Brand brand : brands) {
      for (String[] strength : brand.strengths()) {
        startEntry(xml, "OppfVirkestoff");
        xml.writeStartElement("VirkestoffMedStyrke");
        xml.writeDefaultNamespace(FS);
        text(xml, "Id", strength[0]);
        xml.writeEmptyElement("Styrke");
        xml.writeAttribute("V", "10");
        xml.writeAttribute("U", "mg");
        text(xml, "RefVirkestoff", strength[1]);
        endEntry(xml);
      }
    }
    xml.writeEndElement();
  }

  private void writeInteractions(XMLStreamWriter xml) throws XMLStreamException {
    xml.writeStartElement("KatInteraksjon");
    for (Interaction interaction : interactions) {
      startEntry(xml, "OppfInteraksjon");
      xml.writeStartElement("Interaksjon");
      text(xml, "Id", interaction.id());
      coded(xml, "Relevans", interaction.relevance(), null,
          interaction.relevance().equals("4") ? "Ny relevans" : RELEVANCE[Integer.parseInt(interaction.relevance()) - 1]);
      if (interaction.situation() != null) {
        text(xml, "Situasjonskriterium", interaction.situation());
      }
      text(xml, "KliniskKonsekvens", "Klinisk konsekvens av " + interaction.id() + ".");
      text(xml, "Interaksjonsmekanisme", "Mekanisme for " + interaction.id() + ".");
      coded(xml, "Kildegrunnlag", "1", null, "Interaksjonsstudier");
      if (interaction.handling() != null) {
        text(xml, "Handtering", interaction.handling());
      }
      for (int audience : interaction.audience()) {
        coded(xml, "Visningsregel", Integer.toString(audience), "2.16.578.1.12.4.1.1.7442", AUDIENCE[audience - 1]);
      }
      for (int r = 0; r < interaction.references(); r++) {
        xml.writeStartElement("Referanse");
        text(xml, "Kilde", "Kilde " + r + " for " + interaction.id());
        xml.writeEmptyElement("Lenke");
        xml.writeAttribute("V", "https://example.org/" + interaction.id() + "/" + r);
        xml.writeEndElement();
      }
      for (Side side : interaction.sides()) {
        xml.writeStartElement("Substansgruppe");
        if (side.name() != null) {
          text(xml, "Navn", side.name());
        }
        for (Member member : side.members()) {
          xml.writeStartElement("Substans");
          text(xml, "Substans", member.name());
          if (member.atc() != null) {
            coded(xml, "Atc", member.atc(), ATC_SYSTEM, member.name());
          }
          for (String ref : member.substanceRefs()) {
            text(xml, "RefVirkestoff", ref);
          }
          xml.writeEndElement();
        }
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndElement();
    }
    for (String code : notAssessed) {
      startEntry(xml, "OppfInteraksjon");
      xml.writeStartElement("InteraksjonIkkeVurdert");
      coded(xml, "Atc", code, ATC_SYSTEM, "Ikke vurdert " + code);
      xml.writeEndElement();
      xml.writeEndElement();
    }
    xml.writeEndElement();
  }

  private void payload(XMLStreamWriter xml, String element, String atc, String name) throws XMLStreamException {
    startEntry(xml, "Oppf" + element);
    xml.writeStartElement(element);
    xml.writeDefaultNamespace(FS);
    if (atc != null) {
      coded(xml, "Atc", atc, ATC_SYSTEM, "Stoff med " + atc);
    }
    text(xml, "NavnFormStyrke", name);
    coded(xml, "Reseptgruppe", "C", null, "Reseptgruppe C");
  }

  private void startEntry(XMLStreamWriter xml, String element) throws XMLStreamException {
    xml.writeCharacters("\n");
    xml.writeStartElement(element);
    text(xml, "Id", "ID_E" + (++entries));
    text(xml, "Tidspunkt", "2025-02-01T00:00:00");
    coded(xml, "Status", "A", null, "Aktiv oppføring");
  }

  private static void endEntry(XMLStreamWriter xml) throws XMLStreamException {
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
    xml.writeStartElement(element);
    xml.writeCharacters(value);
    xml.writeEndElement();
  }

  private static void coded(XMLStreamWriter xml, String element, String code, String system, String text)
      throws XMLStreamException {
    xml.writeEmptyElement(element);
    xml.writeAttribute("V", code);
    if (system != null) {
      xml.writeAttribute("S", system);
    }
    xml.writeAttribute("DN", text);
  }
}
