package org.festserver.indexer.ingest.xml;

import static org.festserver.indexer.ingest.xml.Values.coded;
import static org.festserver.indexer.ingest.xml.Values.date;
import static org.festserver.indexer.ingest.xml.Values.decimal;
import static org.festserver.indexer.ingest.xml.Values.flag;
import static org.festserver.indexer.ingest.xml.Values.bool;
import static org.festserver.indexer.ingest.xml.Values.integer;
import static org.festserver.indexer.ingest.xml.Values.map;
import static org.festserver.indexer.ingest.xml.Values.quantity;
import static org.festserver.indexer.ingest.xml.Values.real;
import static org.festserver.indexer.ingest.xml.Values.text;
import static org.festserver.indexer.ingest.xml.Values.texts;

import java.util.List;
import org.festserver.indexer.ingest.InvalidValueException;
import org.festserver.model.alert.Alert;
import org.festserver.model.alert.AlertReference;
import org.festserver.model.codesystem.CodeSystem;
import org.festserver.model.codesystem.CodeSystemElement;
import org.festserver.model.codesystem.Term;
import org.festserver.model.condition.Condition;
import org.festserver.model.condition.StructuredCondition;
import org.festserver.model.dosage.DosageStep;
import org.festserver.model.dosage.Dose;
import org.festserver.model.dosage.Dosing;
import org.festserver.model.dosage.StructuredDosage;
import org.festserver.model.interaction.Interaction;
import org.festserver.model.interaction.InteractionGroup;
import org.festserver.model.interaction.InteractionReference;
import org.festserver.model.interaction.InteractionSubstance;
import org.festserver.model.interaction.NotAssessed;
import org.festserver.model.interchange.InterchangeGroup;
import org.festserver.model.reimbursement.CodeCondition;
import org.festserver.model.reimbursement.ReimbursementBasis;
import org.festserver.model.reimbursement.ReimbursementCode;
import org.festserver.model.reimbursement.ReimbursementGroup;
import org.festserver.model.substance.Substance;
import org.festserver.model.substance.SubstanceStrength;
import org.festserver.model.supply.Supplier;
import org.festserver.model.supply.Supply;
import org.festserver.model.supply.SupplyKind;
import org.festserver.model.supply.SupplyProductInfo;

/** Maps the non-medicine catalogs (substances, reimbursement, conditions, alerts, code systems, …) to records. */
final class CatalogMapper {
  private CatalogMapper() {}

  static Substance substance(VirkestoffXml x) {
    return new Substance(
        text(x.id), text(x.navn), text(x.navnEngelsk), texts(x.refVirkestoff), MedicineMapper.reimbursements(x.refusjon));
  }

  static SubstanceStrength strength(VirkestoffMedStyrkeXml x) {
    return new SubstanceStrength(
        text(x.id),
        quantity("Styrke", x.styrke),
        quantity("StyrkeNevner", x.styrkeNevner),
        text(x.refVirkestoff),
        quantity("AlternativStyrke", x.alternativStyrke),
        quantity("AlternativStyrkeNevner", x.alternativStyrkeNevner),
        coded(x.styrkeoperator),
        real("StyrkeOvreVerdi", x.styrkeOvreVerdi),
        coded(x.atcKombipreparat));
  }

  static Supply supply(SupplyKind kind, VareXml x) {
    SupplyProductInfo productInfo = null;
    if (x.produktInfoVare != null) {
      VareXml.ProduktInfoVareXml p = x.produktInfoVare;
      productInfo = new SupplyProductInfo(
          text(p.produktNr),
          text(p.volum),
          coded(p.enhetStorrelse),
          integer("AntPerPakning", p.antPerPakning),
          texts(p.refVilkar),
          bool("TillattMerMakspris", p.tillattMerMakspris));
    }
    Supplier supplier = x.leverandor == null
        ? null
        : new Supplier(text(x.leverandor.navn), text(x.leverandor.adresse), text(x.leverandor.telefon));
    return new Supply(
        kind,
        text(x.nr),
        text(x.navn),
        productInfo,
        supplier,
        MedicineMapper.prices(x.prisVare),
        MedicineMapper.reimbursement(x.refusjon));
  }

  static ReimbursementBasis reimbursement(String entryId, RefusjonshjemmelXml x) {
    return new ReimbursementBasis(
        entryId,
        coded(x.hjemmel),
        flag("KreverVarekobling", x.kreverVarekobling),
        flag("KreverVedtak", x.kreverVedtak),
        map(x.refusjonsgruppe, CatalogMapper::reimbursementGroup));
  }

  private static ReimbursementGroup reimbursementGroup(RefusjonshjemmelXml.GruppeXml g) {
    return new ReimbursementGroup(
        text(g.id),
        coded(g.gruppeNr),
        coded(g.atc),
        flag("KreverRefusjonskode", g.kreverRefusjonskode),
        text(g.refusjonsberettighetBruk),
        texts(g.refVilkar),
        map(g.refusjonskode, CatalogMapper::reimbursementCode));
  }

  private static ReimbursementCode reimbursementCode(RefusjonshjemmelXml.KodeXml k) {
    return new ReimbursementCode(
        coded(k.kode),
        text(k.underterm),
        date("Refusjonskode/GyldigFraDato", k.gyldigFraDato),
        date("Refusjonskode/ForskrivesTilDato", k.forskrivesTilDato),
        date("Refusjonskode/UtleveresTilDato", k.utleveresTilDato),
        map(
            k.refusjonsvilkar,
            v -> new CodeCondition(
                text(v.refVilkar), date("Refusjonsvilkar/FraDato", v.fraDato), date("Refusjonsvilkar/TilDato", v.tilDato))));
  }

  static Condition condition(VilkarXml x) {
    return new Condition(
        text(x.id),
        text(x.vilkarNr),
        coded(x.gruppe),
        coded(x.gjelderFor),
        text(x.tekst),
        date("Vilkar/GyldigFraDato", x.gyldigFraDato),
        date("Vilkar/GyldigTilDato", x.gyldigTilDato),
        map(x.strukturertVilkar, s -> new StructuredCondition(coded(s.type), texts(s.verdiTekst), coded(s.verdiKodet))));
  }

  static Alert alert(String entryId, VarselSlvXml x) {
    return new Alert(
        entryId,
        coded(x.type),
        text(x.overskrift),
        text(x.varseltekst),
        coded(x.visningsregel),
        coded(x.kodetInfo),
        date("VarselSlv/FraDato", x.fraDato),
        MedicineMapper.link(x.lenke),
        map(x.referanseelement, r -> new AlertReference(coded(r.klasse), texts(r.refElement))));
  }

  static CodeSystem codeSystem(KodeverkInfoXml info, List<KodeverkElementXml> elements) {
    return new CodeSystem(
        text(info.id),
        text(info.betegnelse),
        text(info.kortnavn),
        text(info.ansvarligUtgiver),
        text(info.merknad),
        map(
            elements,
            e -> new CodeSystemElement(
                text(e.id),
                text(e.parentId),
                text(e.kode),
                map(e.term, t -> new Term(text(t.term), text(t.beskrivelseTerm), coded(t.sprak))))));
  }

  static InterchangeGroup interchangeGroup(ByttegruppeXml x) {
    return new InterchangeGroup(
        text(x.id),
        coded(x.kode),
        flag("MerknadTilByttbarhet", x.merknadTilByttbarhet),
        text(x.beskrivelseByttbarhet),
        date("Byttegruppe/GyldigFraDato", x.gyldigFraDato),
        date("Byttegruppe/GyldigTilDato", x.gyldigTilDato));
  }

  static Interaction interaction(InteraksjonXml x) {
    return new Interaction(
        text(x.id),
        coded(x.relevans),
        text(x.situasjonskriterium),
        text(x.kliniskKonsekvens),
        text(x.interaksjonsmekanisme),
        coded(x.kildegrunnlag),
        text(x.handtering),
        coded(x.visningsregel),
        map(x.referanse, r -> new InteractionReference(text(r.kilde), r.lenke == null ? null : text(r.lenke.v))),
        map(
            x.substansgruppe,
            g -> new InteractionGroup(
                text(g.navn),
                map(g.substans, s -> new InteractionSubstance(text(s.substans), coded(s.atc), texts(s.refVirkestoff))))));
  }

  static NotAssessed notAssessed(String entryId, IkkeVurdertXml x) {
    return new NotAssessed(entryId, coded(x.atc));
  }

  static StructuredDosage structuredDosage(String entryId, StrKortdoseXml x) {
    return new StructuredDosage(
        entryId, coded(x.kortdose), text(x.beskrivelseTerm), map(x.legemiddelforbruk, CatalogMapper::step));
  }

  private static DosageStep step(StrKortdoseXml.ForbrukXml f) {
    Integer sequence = integer("Legemiddelforbruk/Lopenr", f.lopenr);
    if (sequence == null) {
      throw new InvalidValueException("Legemiddelforbruk/Lopenr", null, "is required");
    }
    return new DosageStep(
        sequence,
        decimal("Legemiddelforbruk/Mengde", f.mengde),
        text(f.periode),
        integer("Legemiddelforbruk/Iterasjoner", f.iterasjoner),
        dosing(f.dosering));
  }

  private static Dosing dosing(StrKortdoseXml.DoseringXml d) {
    if (d == null) {
      return null;
    }
    return new Dosing(
        d.starttidspunkt == null ? null : text(d.starttidspunkt.v),
        d.sluttidspunkt == null ? null : text(d.sluttidspunkt.v),
        d.doseringsregel == null ? null : coded(d.doseringsregel.doseresEtter),
        d.doseringsregel == null ? null : text(d.doseringsregel.merknad),
        map(d.doseFastTidspunkt, CatalogMapper::dose),
        map(d.doseEtterBehov, CatalogMapper::dose));
  }

  private static Dose dose(StrKortdoseXml.DoseXml d) {
    StrKortdoseXml.InfusjonXml infusion = d.infusjonshastighet;
    StrKortdoseXml.FastDoseXml fixed = d.fastDose;
    return new Dose(
        quantity("Dose/Mengde", d.mengde),
        quantity("Dose/Intervall", d.intervall),
        infusion == null ? null : quantity("Infusjonshastighet/Volum", infusion.volum),
        infusion == null ? null : coded(infusion.tidsenhet),
        text(d.klokkeslett),
        coded(d.tidsomrade),
        bool("GisEksakt", d.gisEksakt),
        fixed == null ? List.of() : coded(fixed.fasteUkedager),
        fixed == null ? null : integer("DagerPa", fixed.dagerPa),
        fixed == null ? null : integer("DagerAv", fixed.dagerAv),
        quantity("DoseDognMaks", d.doseDognMaks),
        quantity("DoseTidsromMaks", d.doseTidsromMaks),
        quantity("Tidsrom", d.tidsrom),
        quantity("DoseIntervallMin", d.doseIntervallMin));
  }
}
