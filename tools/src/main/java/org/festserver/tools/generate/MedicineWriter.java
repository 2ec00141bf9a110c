package org.festserver.tools.generate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the four medicine catalogs (LegemiddelMerkevare, Legemiddelpakning, LegemiddelVirkestoff,
 * Legemiddeldose) and the strengths of KatVirkestoff from regenerated {@link FamilyContent}. Element order
 * follows the Forskrivning XSD: inherited typeLegemiddel elements first, then the entity's own (FORMAT.md §0.6).
 */
final class MedicineWriter {

  private final Entries e;
  private final M30Writer w;
  private final boolean v251;
  private final Map<String, String> shortDoseTerms = new LinkedHashMap<>();

  MedicineWriter(Entries e) {
    this.e = e;
    this.w = e.w;
    this.v251 = e.plan.version().v251();
    for (ShortDoses.ShortDose s : e.plan.shortDoses) {
      shortDoseTerms.put(s.code(), s.term());
    }
  }

  void brands() {
    for (Family f : e.plan.families) {
      FamilyContent c = e.families.build(f);
      for (FamilyContent.BrandData b : c.brands()) {
        e.begin(M30Catalog.LEGEMIDDEL_MERKEVARE, f.fixedBrandIds != null ? b.id() : null);
        brand(b);
        e.end();
      }
    }
  }

  void packs() {
    for (Family f : e.plan.families) {
      FamilyContent c = e.families.build(f);
      for (FamilyContent.PackData p : c.packs()) {
        e.begin(M30Catalog.LEGEMIDDELPAKNING, f.fixedPackIds != null ? p.id() : null);
        pack(p);
        e.end();
      }
    }
  }

  void groups() {
    for (Family f : e.plan.families) {
      if (!f.hasGroup()) {
        continue;
      }
      FamilyContent c = e.families.build(f);
      e.begin(M30Catalog.LEGEMIDDEL_VIRKESTOFF, f.fixedGroupId);
      group(c.group());
      e.end();
    }
  }

  void doses() {
    for (Family f : e.plan.families) {
      FamilyContent c = e.families.build(f);
      for (FamilyContent.DoseData d : c.doses()) {
        e.begin(M30Catalog.LEGEMIDDELDOSE, null);
        dose(d);
        e.end();
      }
    }
  }

  /** VirkestoffMedStyrke entries of all families (the KatVirkestoff writer calls this after the substances). */
  void strengths() {
    for (Family f : e.plan.families) {
      FamilyContent c = e.families.build(f);
      for (FamilyContent.StrengthData s : c.strengths()) {
        e.begin(M30Catalog.VIRKESTOFF, f.fixedVmsIds != null && s.id().equals(f.fixedVmsIds[0]) ? s.id() : null);
        strength(s);
        e.end();
      }
    }
  }

  void strength(FamilyContent.StrengthData s) {
    w.openFs("VirkestoffMedStyrke");
    w.text("Id", s.id());
    Strength st = s.strength();
    w.pq("Styrke", st.value(), st.unit());
    if (st.hasDenominator()) {
      w.pq("StyrkeNevner", st.denominator(), st.denominatorUnit());
    }
    w.text("RefVirkestoff", s.substanceId());
    w.cv("Styrkeoperator", "L", "7445", "Lik");
    if (s.combinationAtc() != null) {
      w.cv("AtcKombipreparat", s.combinationAtc(), "7180", e.atcName(s.combinationAtc()));
    }
    w.end();
  }

  // ------------------------------------------------------------------------------------------ payloads

  private void brand(FamilyContent.BrandData b) {
    w.openFs("LegemiddelMerkevare");
    common(b.common(), List.of(), null, b.administration(), true);
    w.text("Id", b.id());
    w.text("Varenavn", b.varenavn());
    w.text("LegemiddelformLang", b.formLong());
    for (FamilyContent.SortedRef s : b.strengths()) {
      w.open("SortertVirkestoffMedStyrke");
      w.text("Sortering", String.valueOf(s.order()));
      w.text("RefVirkestoffMedStyrke", s.id());
      w.end();
    }
    if (v251) {
      for (FamilyContent.SortedRef s : b.withoutStrength()) {
        w.open("SortertVirkestoffUtenStyrke");
        w.text("Sortering", String.valueOf(s.order()));
        w.text("RefVirkestoff", s.id());
        w.end();
      }
    } else {
      for (FamilyContent.SortedRef s : b.withoutStrength()) {
        w.text("Refvirkestoff", s.id());
      }
    }
    w.open("ProduktInfo");
    w.text("Varseltrekant", String.valueOf(b.warningTriangle()));
    if (b.reference() != null) {
      w.text("Referanseprodukt", b.reference());
    }
    w.text("Produsent", b.company());
    w.end();
    for (FamilyContent.Validity v : b.validity()) {
      w.open("Reseptgyldighet");
      if (v.sex() != null) {
        w.cs("Kjonn", v.sex(), e.codes.term("3101", v.sex()));
      }
      w.text("Varighet", v.duration());
      w.end();
    }
    if (b.spcUrl() != null) {
      spc(b.spcUrl());
    }
    w.end();
  }

  private void pack(FamilyContent.PackData p) {
    w.openFs("Legemiddelpakning");
    common(p.common(), p.reimbursements(), p.interchange(), null, true);
    w.text("Id", p.id());
    w.text("Varenr", p.varenr());
    for (int i = 0; i < p.eans().size() && (v251 || i == 0); i++) {
      w.text("Ean", p.eans().get(i));
    }
    if (p.noPreservative()) {
      w.text("IkkeKonservering", "true");
    }
    if (p.storage() != null) {
      w.cs("Oppbevaring", p.storage(), e.codes.term("7487", p.storage()));
    }
    for (FamilyContent.PackInfo i : p.infos()) {
      w.open("Pakningsinfo");
      w.text("RefLegemiddelMerkevare", i.brandId());
      w.text("Pakningsstr", i.size());
      w.cv("EnhetPakning", i.unit(), "7452", e.codes.term("7452", i.unit()));
      w.cv("Pakningstype", i.packType(), "7449", e.codes.term("7449", i.packType()));
      if (i.count() != null) {
        w.text("Antall", String.valueOf(i.count()));
      }
      w.text("Mengde", Numbers.plain(i.amount()));
      if (i.sorting() != null) {
        w.text("Sortering", String.valueOf(i.sorting()));
      }
      if (!Double.isNaN(i.dddValue())) {
        w.pq("DDD", i.dddValue(), i.dddUnit());
      }
      if (!Double.isNaN(i.statistics())) {
        w.text("Statistikkfaktor", Numbers.plain(i.statistics()));
      }
      for (FamilyContent.Component c : i.components()) {
        w.open("Pakningskomponent");
        w.cv("Pakningstype", c.packType(), "7449", e.codes.term("7449", c.packType()));
        w.pq("Mengde", c.amount(), c.unit());
        w.end();
      }
      w.end();
    }
    for (FamilyContent.Price price : p.prices()) {
      w.open("PrisVare");
      w.cv("Type", price.type(), "7453", e.codes.term("7453", price.type()));
      w.money("Pris", price.value());
      e.date("GyldigFraDato", price.from());
      e.date("GyldigTilDato", price.to());
      w.end();
    }
    FamilyContent.Marketing m = p.marketing();
    w.open("Markedsforingsinfo");
    if (m.outgoing() != null) {
      w.text("VarenrUtgaende", m.outgoing());
    }
    e.date("Markedsforingsdato", m.marketed());
    e.date("AvregDato", m.deregistered());
    e.date("MidlUtgattDato", m.tempOut());
    w.end();
    if (p.spcUrl() != null) {
      spc(p.spcUrl());
    }
    w.end();
  }

  private void group(FamilyContent.GroupData g) {
    w.openFs("LegemiddelVirkestoff");
    common(g.common(), g.reimbursements(), null, g.administration(), false);
    w.text("Id", g.id());
    for (FamilyContent.SortedRef s : g.strengths()) {
      w.open("SortertVirkestoffMedStyrke");
      w.text("Sortering", String.valueOf(s.order()));
      w.text("RefVirkestoffMedStyrke", s.id());
      w.end();
    }
    if (v251) {
      if (g.directRefs()) {
        for (String id : g.brandIds()) {
          w.text("RefLegemiddelMerkevare", id);
        }
        for (String id : g.packIds()) {
          w.text("RefPakning", id);
        }
      }
      w.cv("ForskrivningsenhetResept", g.prescribingUnit(), "7452", e.codes.term("7452", g.prescribingUnit()));
    }
    w.end();
  }

  private void dose(FamilyContent.DoseData d) {
    w.openFs("Legemiddeldose");
    common(d.common(), List.of(), null, null, true);
    w.text("Id", d.id());
    w.text("LmrLopenr", d.lmr());
    w.pq("Mengde", d.amount(), d.unit());
    w.cv("Pakningstype", d.packType(), "7449", e.codes.term("7449", d.packType()));
    w.text("RefLegemiddelMerkevare", d.brandId());
    for (String p : d.packIds()) {
      w.text("RefPakning", p);
    }
    if (v251) {
      w.cv("EnhetOrdinering", d.orderUnit(), "7480", e.codes.term("7480", d.orderUnit()));
    }
    w.end();
  }

  // ------------------------------------------------------------------------------------------ typeLegemiddel

  private void common(FamilyContent.Common c, List<FamilyContent.ReimbursementLink> reimbursements,
      FamilyContent.InterchangeLink interchange, FamilyContent.Administration administration,
      boolean preparattype) {
    if (c.atc() != null) {
      w.cv("Atc", c.atc(), "7180", e.atcName(c.atc()));
    }
    w.text("NavnFormStyrke", c.nfs());
    w.cs("Reseptgruppe", c.rx(), "Reseptgruppe " + c.rx());
    w.cv("LegemiddelformKort", c.formCode(), "7448", c.formTerm());
    for (String id : c.conditions()) {
      w.text("RefVilkar", id);
    }
    if (preparattype) {
      w.cs("Preparattype", c.preparattype(), c.preparattypeText());
    }
    w.cs("TypeSoknadSlv", c.typeSoknad(), c.typeSoknadText());
    if (c.opioid()) {
      w.text("Opioidsoknad", "true");
    }
    for (FamilyContent.ReimbursementLink r : reimbursements) {
      w.open("Refusjon");
      w.text("RefRefusjonsgruppe", r.groupId());
      e.date("GyldigFraDato", r.from());
      e.date("ForskrivesTilDato", r.prescribeUntil());
      e.date("UtleveresTilDato", r.dispenseUntil());
      w.end();
    }
    if (interchange != null) {
      w.open("PakningByttegruppe");
      w.text("RefByttegruppe", interchange.groupId());
      e.date("GyldigFraDato", interchange.from());
      w.end();
    }
    if (administration != null) {
      administration(administration);
    }
    if (v251 && c.blackTriangle()) {
      w.cv("SvartTrekant", "1", "7510", "Legemiddel med særlig overvåkning");
    }
  }

  private void administration(FamilyContent.Administration a) {
    w.open("AdministreringLegemiddel");
    for (String route : a.routes()) {
      w.cv("Administrasjonsvei", route, "7477", e.codes.term("7477", route));
    }
    if (a.canCrush() != null) {
      w.cs("KanKnuses", a.canCrush(), e.codes.term("1103", a.canCrush()));
    }
    if (a.canOpen() != null) {
      w.cs("KanApnes", a.canOpen(), e.codes.term("1103", a.canOpen()));
    }
    if (a.bolus() != null) {
      w.cs("Bolus", a.bolus(), a.bolus().equals("0") ? "Skal ikke gis som bolus" : "Kan gis som bolus");
    }
    if (a.split() != null) {
      w.cs("Deling", a.split(), e.codes.term("7472", a.split()));
    }
    for (String u : a.dosingUnits()) {
      w.cv("EnhetDosering", u, "7480", e.codes.term("7480", u));
    }
    for (String k : a.shortDoses()) {
      w.cv("Kortdose", k, "7478", shortDoseTerms.get(k));
    }
    for (String p : a.precautions()) {
      w.cv("ForhandsregelInntak", p, "7479", e.codes.term("7479", p));
    }
    for (String u : a.usage()) {
      w.cv("BruksomradeEtikett", u, "7488", e.codes.term("7488", u));
    }
    w.end();
  }

  private void spc(String url) {
    w.open("Preparatomtaleavsnitt");
    w.cs("Avsnittoverskrift", "SPCHUMAN_00", "INNHOLDSFORTEGNELSE");
    w.open("Lenke");
    w.url("Www", url);
    w.end();
    w.end();
  }
}
