package org.festserver.indexer.ingest.xml;

import static org.festserver.indexer.ingest.xml.Values.bool;
import static org.festserver.indexer.ingest.xml.Values.coded;
import static org.festserver.indexer.ingest.xml.Values.date;
import static org.festserver.indexer.ingest.xml.Values.decimal;
import static org.festserver.indexer.ingest.xml.Values.flag;
import static org.festserver.indexer.ingest.xml.Values.integer;
import static org.festserver.indexer.ingest.xml.Values.map;
import static org.festserver.indexer.ingest.xml.Values.money;
import static org.festserver.indexer.ingest.xml.Values.quantity;
import static org.festserver.indexer.ingest.xml.Values.text;
import static org.festserver.indexer.ingest.xml.Values.texts;

import java.util.List;
import org.festserver.model.common.Link;
import org.festserver.model.medicine.Administration;
import org.festserver.model.medicine.Brand;
import org.festserver.model.medicine.InterchangeLink;
import org.festserver.model.medicine.Marketing;
import org.festserver.model.medicine.MedicineInfo;
import org.festserver.model.medicine.Pack;
import org.festserver.model.medicine.PackComponent;
import org.festserver.model.medicine.PackInfo;
import org.festserver.model.medicine.PrescriptionValidity;
import org.festserver.model.medicine.Price;
import org.festserver.model.medicine.ProductInfo;
import org.festserver.model.medicine.ReimbursementLink;
import org.festserver.model.medicine.SortedRef;
import org.festserver.model.medicine.SpcSection;
import org.festserver.model.medicine.SubstanceGroup;
import org.festserver.model.medicine.UnitDose;

/** Maps the four medicine catalogs (typeLegemiddel and its extensions) to model records. */
final class MedicineMapper {
  private MedicineMapper() {}

  static Brand brand(MerkevareXml x) {
    return new Brand(
        text(x.id),
        medicine(x),
        text(x.varenavn),
        text(x.legemiddelformLang),
        sorted(x.sortertMedStyrke, true),
        sorted(x.sortertUtenStyrke, false),
        coded(x.smak),
        productInfo(x.produktInfo),
        map(x.reseptgyldighet, r -> new PrescriptionValidity(coded(r.kjonn), text(r.varighet))),
        spc(x.preparatomtale));
  }

  static Pack pack(PakningXml x) {
    return new Pack(
        text(x.id),
        medicine(x),
        text(x.varenr),
        texts(x.ean),
        bool("IkkeKonservering", x.ikkeKonservering),
        coded(x.oppbevaring),
        map(x.pakningsinfo, MedicineMapper::packInfo),
        prices(x.prisVare),
        marketing(x.markedsforingsinfo),
        spc(x.preparatomtale));
  }

  static SubstanceGroup substanceGroup(LegemiddelVirkestoffXml x) {
    return new SubstanceGroup(
        text(x.id),
        medicine(x),
        sorted(x.sortertMedStyrke, true),
        sorted(x.sortertUtenStyrke, false),
        texts(x.refLegemiddelMerkevare),
        texts(x.refPakning),
        coded(x.forskrivningsenhetResept));
  }

  static UnitDose unitDose(LegemiddeldoseXml x) {
    return new UnitDose(
        text(x.id),
        medicine(x),
        text(x.lmrLopenr),
        quantity("Legemiddeldose/Mengde", x.mengde),
        coded(x.pakningstype),
        text(x.refLegemiddelMerkevare),
        texts(x.refPakning),
        map(x.pakningskomponent, MedicineMapper::component),
        coded(x.enhetOrdinering));
  }

  static List<ReimbursementLink> reimbursements(List<RefusjonLinkXml> links) {
    return map(links, MedicineMapper::reimbursement);
  }

  static ReimbursementLink reimbursement(RefusjonLinkXml r) {
    if (r == null) {
      return null;
    }
    return new ReimbursementLink(
        texts(r.refRefusjonsgruppe),
        date("Refusjon/GyldigFraDato", r.gyldigFraDato),
        date("Refusjon/ForskrivesTilDato", r.forskrivesTilDato),
        date("Refusjon/UtleveresTilDato", r.utleveresTilDato));
  }

  static List<Price> prices(List<PrisVareXml> prices) {
    return map(
        prices,
        p -> new Price(
            coded(p.type),
            money("PrisVare/Pris", p.pris),
            date("PrisVare/GyldigFraDato", p.gyldigFraDato),
            date("PrisVare/GyldigTilDato", p.gyldigTilDato)));
  }

  static Link link(LenkeXml lenke) {
    if (lenke == null) {
      return null;
    }
    return new Link(text(lenke.beskrivelse), lenke.www == null ? null : text(lenke.www.v));
  }

  private static MedicineInfo medicine(LegemiddelXml x) {
    return new MedicineInfo(
        coded(x.atc),
        text(x.navnFormStyrke),
        coded(x.reseptgruppe),
        coded(x.legemiddelformKort),
        texts(x.refVilkar),
        coded(x.preparattype),
        coded(x.typeSoknadSlv),
        flag("Opioidsoknad", x.opioidsoknad),
        reimbursements(x.refusjon),
        interchange(x.pakningByttegruppe),
        administration(x.administrering),
        coded(x.svartTrekant));
  }

  private static InterchangeLink interchange(PakningByttegruppeXml x) {
    if (x == null) {
      return null;
    }
    return new InterchangeLink(
        text(x.refByttegruppe),
        date("PakningByttegruppe/GyldigFraDato", x.gyldigFraDato),
        date("PakningByttegruppe/GyldigTilDato", x.gyldigTilDato));
  }

  private static Administration administration(AdministreringXml a) {
    if (a == null) {
      return null;
    }
    return new Administration(
        bool("Blandingsveske", a.blandingsveske),
        texts(a.refBlandingsveske),
        coded(a.administrasjonsvei),
        coded(a.kanKnuses),
        coded(a.kanApnes),
        coded(a.bolus),
        coded(a.injeksjonshastighetBolus),
        coded(a.deling),
        coded(a.enhetDosering),
        coded(a.kortdose),
        coded(a.forhandsregelInntak),
        coded(a.bruksomradeEtikett));
  }

  private static List<SortedRef> sorted(List<SortertXml> refs, boolean withStrength) {
    return map(
        refs,
        s -> new SortedRef(
            integer("Sortering", s.sortering),
            text(withStrength ? s.refVirkestoffMedStyrke : s.refVirkestoff)));
  }

  private static ProductInfo productInfo(ProduktInfoXml p) {
    if (p == null) {
      return null;
    }
    return new ProductInfo(
        bool("Varseltrekant", p.varseltrekant),
        text(p.referanseprodukt),
        coded(p.vaksinestandard),
        text(p.produsent));
  }

  private static List<SpcSection> spc(List<PreparatomtaleXml> sections) {
    return map(sections, s -> new SpcSection(coded(s.avsnittoverskrift), link(s.lenke)));
  }

  private static PackInfo packInfo(PakningsinfoXml p) {
    return new PackInfo(
        text(p.refLegemiddelMerkevare),
        text(p.pakningsstr),
        coded(p.enhetPakning),
        coded(p.pakningstype),
        integer("Pakningsinfo/Multippel", p.multippel),
        integer("Pakningsinfo/Antall", p.antall),
        decimal("Pakningsinfo/Mengde", p.mengde),
        integer("Pakningsinfo/Sortering", p.sortering),
        quantity("Pakningsinfo/DDD", p.ddd),
        decimal("Pakningsinfo/Statistikkfaktor", p.statistikkfaktor),
        map(p.pakningskomponent, MedicineMapper::component));
  }

  private static PackComponent component(PakningskomponentXml c) {
    return new PackComponent(
        coded(c.pakningstype), quantity("Pakningskomponent/Mengde", c.mengde), integer("Pakningskomponent/Antall", c.antall));
  }

  private static Marketing marketing(MarkedsforingsinfoXml m) {
    if (m == null) {
      return null;
    }
    return new Marketing(
        text(m.varenrUtgaende),
        date("Markedsforingsdato", m.markedsforingsdato),
        date("AvregDato", m.avregDato),
        date("MidlUtgattDato", m.midlUtgattDato),
        text(m.ompakkerAvEndose));
  }
}
