package org.festserver.tools.generate;

import java.util.List;

/**
 * Interaction mechanisms: which substance properties (tags in substances.tsv) interact, with what relevance
 * (7483) and with which Norwegian texts. {a} and {b} are replaced by the two group names (A acts on B);
 * Handtering paragraphs are headed "Dosetilpasning:", "Justering av administrering:", "Monitorering:" and
 * "Legemiddelalternativer:".
 */
final class InteractionRules {

  /**
   * A mechanism. {@code tagsA}/{@code tagsB}: any of the tags; {@code strongB}: a tag on B that makes the
   * interaction "Bør unngås"; {@code symmetric}: tags on both sides are the same set.
   */
  record Rule(String name, List<String> tagsA, List<String> tagsB, String relevance, String strongB,
      String source, List<String> consequences, String mechanism, List<String[]> handling, String situation) {

    boolean matches(Medicine a, Medicine b) {
      return any(a, tagsA) && any(b, tagsB);
    }

    String relevanceFor(Medicine a, Medicine b) {
      if (strongB != null && (b.has(strongB) || a.has(strongB))) {
        return "1";
      }
      return relevance;
    }

    private static boolean any(Medicine m, List<String> tags) {
      for (String t : tags) {
        if (m.has(t)) {
          return true;
        }
      }
      return false;
    }
  }

  static final String DOSE = "Dosetilpasning: ";
  static final String ADMIN = "Justering av administrering: ";
  static final String MONITOR = "Monitorering: ";
  static final String ALTERNATIVES = "Legemiddelalternativer: ";

  static final Rule CYP3A4_INHIBITION = new Rule("cyp3a4-hemming", List.of("3A4I"), List.of("3A4S", "3A4S!"), "2",
      "3A4S!", "4",
      List.of("Økt konsentrasjon av {b} med økt risiko for doseavhengige bivirkninger.",
          "Økt eksponering for {b}. For legemidler med smalt terapeutisk vindu kan økningen være klinisk betydelig."),
      "{A} hemmer CYP3A4-mediert metabolisme av {b}.",
      handling(new String[] {DOSE, "Kombinasjonen bør unngås. Dersom samtidig bruk ikke kan unngås, bør dosen av {b} "
          + "reduseres og pasienten følges opp klinisk."},
          new String[] {MONITOR, "Vær oppmerksom på bivirkninger av {b}, særlig ved oppstart og doseendringer av {a}."},
          new String[] {ALTERNATIVES, "Vurder et legemiddel som ikke hemmer CYP3A4, eller et alternativ til {b} som "
              + "ikke metaboliseres via CYP3A4."}),
      "Gjelder kun ved systemisk bruk av {a}.");

  static final Rule CYP3A4_INDUCTION = new Rule("cyp3a4-induksjon", List.of("3A4IND"), List.of("3A4S", "3A4S!"),
      "2", "3A4S!", "1",
      List.of("Redusert konsentrasjon av {b}, med risiko for terapisvikt.",
          "Betydelig redusert effekt av {b} kan forventes."),
      "{A} induserer CYP3A4 og P-glykoprotein og øker eliminasjonen av {b}.",
      handling(new String[] {DOSE, "Dosen av {b} må ofte økes. Effekten av induksjonen kan vare i 2-4 uker etter "
          + "seponering av {a}, og dosen må da reduseres igjen."},
          new String[] {MONITOR, "Følg effekt og eventuelt serumkonsentrasjon av {b} ved oppstart og seponering "
              + "av {a}."}),
      null);

  static final Rule CYP2D6 = new Rule("cyp2d6-hemming", List.of("2D6I"), List.of("2D6S", "2D6S!"), "2", "2D6S!",
      "1",
      List.of("Økt konsentrasjon av {b}.",
          "Endret effekt av {b}. For legemidler som aktiveres via CYP2D6 kan effekten reduseres."),
      "{A} hemmer CYP2D6-mediert metabolisme av {b}.",
      handling(new String[] {DOSE, "Vurder lavere dose av {b} ved samtidig bruk."},
          new String[] {ALTERNATIVES, "Velg om mulig et alternativ som ikke hemmer CYP2D6."}),
      null);

  static final Rule CYP1A2 = new Rule("cyp1a2-hemming", List.of("1A2I"), List.of("1A2S", "1A2S!"), "2", "1A2S!",
      "1",
      List.of("Kraftig økt konsentrasjon av {b}.", "Økt konsentrasjon av {b} og økt risiko for bivirkninger."),
      "{A} hemmer CYP1A2-mediert metabolisme av {b}.",
      handling(new String[] {DOSE, "Reduser dosen av {b} ved oppstart av {a}, og øk den igjen etter seponering."},
          new String[] {MONITOR, "Mål serumkonsentrasjon av {b} dersom det er tilgjengelig."}),
      null);

  static final Rule CYP2C9 = new Rule("cyp2c9-hemming", List.of("2C9I"), List.of("2C9S"), "2", "BLEED", "4",
      List.of("Økt konsentrasjon av {b}.", "Økt effekt av {b}. For warfarin betyr dette økt INR og blødningsrisiko."),
      "{A} hemmer CYP2C9-mediert metabolisme av {b}.",
      handling(new String[] {MONITOR, "Følg effekten av {b} tett ved oppstart og seponering av {a}. "
          + "Ved warfarinbehandling "
          + "bør INR kontrolleres etter 3-5 dager."}),
      null);

  static final Rule QT = new Rule("qt", List.of("QT"), List.of("QT"), "2", null, "4",
      List.of("Økt risiko for forlenget QT-tid i EKG og ventrikulære arytmier (torsades de pointes).",
          "Additiv QT-forlengende effekt med økt risiko for alvorlige arytmier."),
      "Additive effekter i form av forlenget repolarisering av hjertet.",
      handling(new String[] {MONITOR, "Ta EKG før og etter oppstart, særlig hos pasienter med andre risikofaktorer som "
          + "hypokalemi, hypomagnesemi, bradykardi eller medfødt lang QT-tid."},
          new String[] {ALTERNATIVES, "Velg om mulig et alternativ uten kjent QT-forlengende effekt."}),
      "Gjelder ved doser av {b} over det som er vanlig i allmennpraksis, eller hos pasienter med andre "
          + "risikofaktorer.");

  static final Rule SEROTONERGIC = new Rule("serotonerg", List.of("SER", "MAOI"), List.of("SER"), "2", "MAOI", "2",
      List.of("Økt risiko for serotonergt syndrom.",
          "Økt risiko for serotonerge bivirkninger som uro, svette, tremor og myoklonus."),
      "Begge legemidlene øker serotonerg aktivitet.",
      handling(new String[] {MONITOR, "Vær oppmerksom på symptomer på serotonergt syndrom, særlig ved oppstart og "
          + "doseøkning."},
          new String[] {DOSE, "Start med lav dose av {b} og trapp opp gradvis."}),
      null);

  static final Rule BLEEDING = new Rule("blødning", List.of("NSAID", "PLT", "SSRI"), List.of("BLEED"), "2", null,
      "3",
      List.of("Økt blødningsrisiko.", "Økt risiko for gastrointestinal blødning."),
      "{A} hemmer blodplatefunksjonen eller kan gi slimhinneskade, og forsterker effekten av {b}.",
      handling(new String[] {MONITOR, "Følg pasienten med tanke på tegn på blødning. Vurder magebeskyttelse med "
          + "protonpumpehemmer ved langvarig bruk."},
          new String[] {ALTERNATIVES, "Paracetamol er førstevalg som smertestillende ved antikoagulasjonsbehandling."}),
      null);

  static final Rule DOUBLE_ANTICOAGULATION = new Rule("dobbel antikoagulasjon", List.of("BLEED"), List.of("BLEED"),
      "1", null, "4",
      List.of("Kraftig økt blødningsrisiko ved samtidig bruk av to antikoagulantia."),
      "Additiv antikoagulerende effekt.",
      handling(new String[] {DOSE, "Unngå samtidig bruk, unntatt ved overgang fra ett middel til et annet etter "
          + "gjeldende overgangsregime."}),
      null);

  static final Rule HYPERKALEMIA = new Rule("hyperkalemi", List.of("KSPAR"), List.of("KSPAR"), "2", null, "1",
      List.of("Økt risiko for hyperkalemi, særlig ved nedsatt nyrefunksjon."),
      "Additiv kaliumretinerende effekt.",
      handling(new String[] {MONITOR, "Kontroller serum-kalium og kreatinin før og 1-2 uker etter oppstart, og ved "
          + "doseendringer."}),
      null);

  static final Rule NSAID_ANTIHYPERTENSIVE = new Rule("nsaid-blodtrykk", List.of("NSAID"), List.of("ACEARB", "DIUR"),
      "2", null, "1",
      List.of("Redusert blodtrykkssenkende effekt og økt risiko for nyresvikt."),
      "{A} hemmer prostaglandinsyntesen i nyrene.",
      handling(new String[] {MONITOR, "Kontroller blodtrykk og nyrefunksjon ved langvarig samtidig bruk."},
          new String[] {ALTERNATIVES, "Paracetamol påvirker ikke blodtrykket i samme grad."}),
      null);

  static final Rule LITHIUM = new Rule("litium", List.of("DIUR", "NSAID", "ACEARB"), List.of("LITH"), "2", null, "1",
      List.of("Økt konsentrasjon av litium med risiko for litiumforgiftning."),
      "Redusert renal utskillelse av litium.",
      handling(new String[] {MONITOR, "Mål serum-litium 5-7 dager etter oppstart og ved doseendringer av {a}."},
          new String[] {DOSE, "Litiumdosen må ofte reduseres."}),
      null);

  static final Rule CNS = new Rule("sentraldempende", List.of("CNS", "OPIOID"), List.of("CNS"), "2", null, "4",
      List.of("Forsterket sentraldempende effekt med økt risiko for sedasjon, fall og nedsatt reaksjonsevne.",
          "Økt risiko for respirasjonsdepresjon og sedasjon."),
      "Additive sentraldempende effekter.",
      handling(new String[] {MONITOR, "Vær oppmerksom på økt sedasjon, særlig hos eldre. Informer om at evnen til å "
          + "kjøre bil kan være nedsatt."}),
      null);

  static final Rule BRADYCARDIA = new Rule("bradykardi", List.of("BRADY"), List.of("BRADY"), "2", null, "4",
      List.of("Økt risiko for bradykardi og AV-blokk."),
      "Additive negative effekter på hjertefrekvens og overledning.",
      handling(new String[] {MONITOR, "Følg puls og blodtrykk. Ta EKG ved symptomer som svimmelhet eller synkope."}),
      null);

  static final Rule PGP = new Rule("p-glykoprotein", List.of("PGPI"), List.of("PGPS"), "2", "DIGOX", "1",
      List.of("Økt konsentrasjon av {b}."),
      "{A} hemmer P-glykoprotein-mediert transport av {b}.",
      handling(new String[] {MONITOR, "Følg klinisk effekt og eventuelt serumkonsentrasjon av {b}."},
          new String[] {DOSE, "Vurder dosereduksjon av {b}."}),
      null);

  static final Rule ANTICHOLINERGIC = new Rule("antikolinerg", List.of("ANTICHOL"), List.of("ANTICHOL"), "3", null,
      "4",
      List.of("Additive antikolinerge effekter som munntørrhet, obstipasjon, urinretensjon og forvirring."),
      "Begge legemidlene har antikolinerge egenskaper.",
      List.of(), null);

  static final Rule CHELATION = new Rule("kompleksdannelse", List.of("CHELA"), List.of("CHELS"), "2", null, "1",
      List.of("Redusert absorpsjon og effekt av {b}."),
      "{A} danner tungtløselige komplekser med {b} i mage-tarmkanalen.",
      handling(new String[] {ADMIN, "Ta {b} minst 2 timer før eller 4-6 timer etter {a}."}),
      null);

  static final Rule THIOPURINE = new Rule("tiopurin", List.of("ALLOP"), List.of("THIOP"), "1", null, "1",
      List.of("Kraftig økt toksisitet av {b} med risiko for alvorlig benmargssuppresjon."),
      "{A} hemmer xantinoksidase, som bryter ned {b}.",
      handling(new String[] {DOSE, "Dersom kombinasjonen ikke kan unngås, reduseres dosen av {b} til en fjerdedel."},
          new String[] {MONITOR, "Kontroller blodbildet hyppig."}),
      null);

  static final Rule NITRATE = new Rule("nitrat", List.of("PDE5"), List.of("NITRAT"), "1", null, "1",
      List.of("Kraftig blodtrykksfall."),
      "Additiv vasodilaterende effekt via økt cGMP.",
      handling(new String[] {ALTERNATIVES, "Kombinasjonen er kontraindisert."}),
      null);

  static final Rule ALPHA = new Rule("alfablokker", List.of("PDE5"), List.of("ALFA"), "2", null, "1",
      List.of("Økt risiko for symptomatisk hypotensjon."),
      "Additiv blodtrykkssenkende effekt.",
      handling(new String[] {DOSE, "Start med laveste dose av {a} hos pasienter som er stabile på {b}."}),
      null);

  static final Rule HYPOGLYCEMIA = new Rule("hypoglykemi", List.of("BB"), List.of("HYPOGLY"), "3", null, "4",
      List.of("Betablokkere kan maskere symptomer på hypoglykemi."),
      null, List.of(), null);

  static final Rule METHOTREXATE = new Rule("metotreksat", List.of("NSAID", "MTXI"), List.of("MTX"), "2", "MTXI",
      "2",
      List.of("Økt toksisitet av metotreksat."),
      "Redusert renal utskillelse og additiv folatantagonisme.",
      handling(new String[] {MONITOR, "Kontroller blodbilde og nyrefunksjon."}),
      null);

  static final Rule HEPATITIS_C = new Rule("hcv-amiodaron", List.of("AMIO"), List.of("HCV"), "1", null, "2",
      List.of("Risiko for alvorlig bradykardi og hjerteblokk."),
      "Ukjent mekanisme.",
      handling(new String[] {ALTERNATIVES, "Kombinasjonen bør unngås."}),
      null);

  static final Rule GENERIC = new Rule("ingen relevant interaksjon", List.of(), List.of(), "3", null, "4",
      List.of("Ingen klinisk relevant interaksjon er forventet ved vanlige doser.",
          "Mulig svak påvirkning av {b}, uten dokumentert klinisk betydning."),
      "Teoretisk mulighet for farmakokinetisk interaksjon, ikke bekreftet i studier.",
      List.of(), null);

  /** Rules in priority order (first match wins). */
  static final List<Rule> RULES = List.of(THIOPURINE, NITRATE, HEPATITIS_C, DOUBLE_ANTICOAGULATION,
      CYP3A4_INHIBITION, CYP3A4_INDUCTION, CYP1A2, CYP2D6, CYP2C9, PGP, SEROTONERGIC, QT, BLEEDING, LITHIUM,
      METHOTREXATE, HYPERKALEMIA, NSAID_ANTIHYPERTENSIVE, CHELATION, ALPHA, BRADYCARDIA, CNS, ANTICHOLINERGIC,
      HYPOGLYCEMIA);

  // Rules used by the fixed interactions only.
  static final Rule SMOKING = new Rule("røyking", List.of(), List.of("1A2S", "1A2S!"), "2", null, "1",
      List.of("Redusert konsentrasjon av {b} hos røykere. Ved røykeslutt kan konsentrasjonen øke betydelig."),
      "Polysykliske hydrokarboner i tobakksrøyk induserer CYP1A2.",
      handling(new String[] {DOSE, "Ved røykestopp bør dosen av {b} reduseres gradvis over 1-2 uker."},
          new String[] {MONITOR, "Mål serumkonsentrasjon av {b} før og etter røykestopp."}),
      null);

  static final Rule CONTRACEPTION = new Rule("prevensjonssvikt", List.of(), List.of(), "1", null, "3",
      List.of("Redusert prevensjonseffekt og risiko for gjennombruddsblødninger og uønsket graviditet."),
      "{B} induserer CYP3A4 og øker metabolismen av østrogen og gestagen.",
      handling(new String[] {ALTERNATIVES, "Bruk en prevensjonsmetode som ikke påvirkes av enzyminduksjon, "
          + "for eksempel "
          + "hormonspiral eller kobberspiral, under behandlingen og i 4 uker etter."}),
      null);

  static final Rule SYMPATHOMIMETIC = new Rule("sympatomimetika-mao", List.of(), List.of(), "1", null, "2",
      List.of("Risiko for hypertensiv krise."),
      "{B} hemmer nedbrytningen av noradrenalin som frisettes av {a}.",
      handling(new String[] {ALTERNATIVES, "Kombinasjonen bør unngås."}),
      null);

  private InteractionRules() {}

  private static List<String[]> handling(String[]... paragraphs) {
    return List.of(paragraphs);
  }

  /** The first rule matching (a acts on b); null if none. */
  static Rule match(Medicine a, Medicine b) {
    for (Rule r : RULES) {
      if (r.matches(a, b)) {
        return r;
      }
    }
    return null;
  }
}
