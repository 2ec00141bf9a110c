package org.festserver.tools.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The changes the increment generator applies to payloads (a changed entry keeps its payload id, R-13.1). */
final class PayloadMutations {

  private final LocalDate date;

  PayloadMutations(LocalDate date) {
    this.date = date;
  }

  /** Changes a payload in place; false when this kind of entry is not changed. */
  boolean change(M30Catalog catalog, XmlNode p, SplittableRandom r) {
    if (p == null) {
      return false;
    }
    switch (p.name) {
      case "Legemiddelpakning", "Naringsmiddel", "MedForbMatr", "Brystprotese" -> {
        List<XmlNode> prices = new ArrayList<>();
        p.collect("Pris", prices);
        if (prices.isEmpty()) {
          return false;
        }
        double factor = p.name.equals("Legemiddelpakning") ? 1.03 : 1.02;
        for (XmlNode price : prices) {
          BigDecimal v = new BigDecimal(price.attribute("V")).multiply(BigDecimal.valueOf(factor))
              .setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
          price.attribute("V", v.scale() < 0 ? v.setScale(0).toPlainString() : v.toPlainString());
        }
        return true;
      }
      case "LegemiddelMerkevare" -> {
        XmlNode info = p.child("ProduktInfo");
        XmlNode producer = info == null ? null : info.child("Produsent");
        if (producer == null) {
          return false;
        }
        List<String> companies = WordLists.get().originatorCompanies;
        String next = companies.get(r.nextInt(companies.size()));
        producer.text = next.equals(producer.text) ? companies.get(0) : next;
        return true;
      }
      case "LegemiddelVirkestoff", "Legemiddeldose" -> {
        List<XmlNode> refs = p.all("RefPakning");
        if (refs.size() >= 2) {
          p.children.remove(refs.get(refs.size() - 1));
          return true;
        }
        XmlNode admin = p.child("AdministreringLegemiddel");
        List<XmlNode> shortDoses = admin == null ? List.of() : admin.all("Kortdose");
        if (shortDoses.size() >= 2) {
          admin.children.remove(shortDoses.get(shortDoses.size() - 1));
          return true;
        }
        return false;
      }
      case "Refusjonshjemmel" -> {
        XmlNode group = p.child("Refusjonsgruppe");
        List<XmlNode> codes = group.all("Refusjonskode");
        if (codes.isEmpty()) {
          XmlNode use = group.child("RefusjonsberettighetBruk");
          if (use == null) {
            return false;
          }
          use.text = use.text + " Vilkårene er presisert fra " + date + ".";
          return true;
        }
        XmlNode code = codes.get(codes.size() - 1);
        if (code.child("ForskrivesTilDato") == null && code.child("UtleveresTilDato") == null) {
          int at = code.indexOf("GyldigFraDato") + 1;
          code.children.add(at, code.leaf("ForskrivesTilDato", date.plusDays(30).toString()));
          code.children.add(at + 1, code.leaf("UtleveresTilDato", date.plusDays(120).toString()));
        } else {
          code.children.removeIf(c -> c.name.equals("ForskrivesTilDato") || c.name.equals("UtleveresTilDato"));
        }
        return true;
      }
      case "Vilkar" -> {
        XmlNode t = p.child("Tekst");
        t.text = t.text + " Vilkåret er presisert fra " + date + ".";
        return true;
      }
      case "VarselSlv" -> {
        XmlNode t = p.child("Varseltekst");
        t.text = t.text + " Oppdatert " + date + ": situasjonen er fortsatt uavklart.";
        return true;
      }
      case "Byttegruppe" -> {
        XmlNode remark = p.child("MerknadTilByttbarhet");
        if ("false".equals(remark.text)) {
          remark.text = "true";
          p.children.add(p.indexOf("MerknadTilByttbarhet") + 1, p.leaf("BeskrivelseByttbarhet",
              "Byttbarheten gjelder kun ved oppstart av ny behandling."));
        } else {
          p.child("BeskrivelseByttbarhet").text = "Byttbarheten er vurdert på nytt " + date + ".";
        }
        return true;
      }
      case "Interaksjon" -> {
        XmlNode c = p.child("KliniskKonsekvens");
        c.text = c.text + " Nye data tyder på at effekten kan være mer uttalt hos eldre.";
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  /** Turns a copy of an entry into a new entity: new payload id, and a new varenummer/EAN for packs. */
  void asNew(M30Catalog catalog, XmlNode p, String newId, String varenr, long n) {
    if (p.child("Id") != null) {
      p.child("Id").text = newId;
    }
    switch (p.name) {
      case "Legemiddelpakning" -> {
        p.child("Varenr").text = varenr;
        p.children.removeIf(c -> c.name.equals("Ean"));
        p.children.add(p.indexOf("Varenr") + 1, p.leaf("Ean", ItemNumbers.ean(varenr)));
        XmlNode m = p.child("Markedsforingsinfo");
        if (m != null) {
          m.children.removeIf(c -> !c.name.equals("Markedsforingsdato"));
          XmlNode d = m.child("Markedsforingsdato");
          if (d != null) {
            d.text = date.plusDays(7).toString();
          }
        }
      }
      case "Vilkar" -> {
        XmlNode nr = p.child("VilkarNr");
        if (nr != null) {
          nr.text = String.valueOf(5000 + n % 1000);
        }
        XmlNode from = p.child("GyldigFraDato");
        if (from != null) {
          from.text = date.toString();
        }
      }
      case "VarselSlv" -> {
        XmlNode h = p.child("Overskrift");
        h.text = "Ny informasjon: " + h.text;
        XmlNode from = p.child("FraDato");
        from.text = date.toString();
      }
      case "Interaksjon" -> {
        XmlNode c = p.child("KliniskKonsekvens");
        c.text = c.text + " Gjelder også ved lave doser.";
      }
      default -> throw new IllegalArgumentException("cannot create new " + p.name);
    }
  }

  /** Replaces one code system: the first element's Norwegian term changes. */
  void codeSystem(XmlNode entry) {
    for (XmlNode c : entry.children) {
      if (c.name.equals("Element")) {
        XmlNode term = c.child("Term");
        if (term != null && term.child("Term") != null) {
          XmlNode t = term.child("Term");
          t.text = t.text.equals("Tas etter måltid") ? "Tas like etter et måltid"
              : t.text + " (revidert " + date.getYear() + ")";
          return;
        }
      }
    }
  }
}
