package org.festserver.tools.generate;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** KatHandelsvare: Naringsmiddel, MedForbMatr and Brystprotese linked to their product group's RID_ group. */
final class TradeGoodsWriter {

  private TradeGoodsWriter() {}

  static void write(Entries e) {
    M30Writer w = e.w;
    GoodsPlan goods = e.plan.goods;
    LocalDate today = e.plan.dates.today;
    LocalDate quarter = LocalDate.of(today.getYear(), ((today.getMonthValue() - 1) / 3) * 3 + 1, 1);
    List<String> starts = WordLists.get().syllableStart;
    List<String> ends = WordLists.get().syllableEnd;
    for (int i = 0; i < goods.count; i++) {
      SplittableRandom r = Rng.stream(e.plan.seed, 0x600EL, i);
      GoodsPlan.Group g = goods.groupOf(i);
      String element = switch (g.kind) {
        case 'N' -> "Naringsmiddel";
        case 'B' -> "Brystprotese";
        default -> "MedForbMatr";
      };
      String[] supplier = supplier(r, g.kind);
      String brand = WordLists.capitalize((Rng.pick(r, starts) + Rng.pick(r, ends)).toLowerCase(Locale.ROOT));
      String noun = g.nouns[r.nextInt(g.nouns.length)];
      int perPack = g.perPack[r.nextInt(g.perPack.length)];
      e.begin(M30Catalog.HANDELSVARE, null);
      w.openFs(element);
      w.text("Nr", ItemNumbers.goodsNumber(i));
      w.text("Navn", brand + " " + noun + (perPack > 1 && g.unit.equals("stk") ? " " + perPack + " stk" : ""));
      w.open("ProduktInfoVare");
      w.text("ProduktNr", brand.toUpperCase(Locale.ROOT).substring(0, Math.min(3, brand.length())) + "-"
          + (1000 + r.nextInt(9000)));
      if (g.volumes.length > 0) {
        w.text("Volum", g.volumes[r.nextInt(g.volumes.length)]);
      }
      w.cv("EnhetStorrelse", g.unit, "7452", e.codes.term("7452", g.unit));
      w.text("AntPerPakning", String.valueOf(perPack));
      if (g.code.equals("5010101") && r.nextBoolean()) {
        w.text("RefVilkar", e.plan.conditionByKey.get("GOODS_STRIPS").id);
      }
      w.text("TillattMerMakspris", String.valueOf(r.nextInt(5) == 0));
      w.end();
      w.open("Leverandor");
      w.text("Navn", supplier[0]);
      w.text("Adresse", supplier[1]);
      w.text("Telefon", supplier[2]);
      w.end();
      double unitPrice = g.basePrice * (0.7 + r.nextDouble() * 0.6);
      double amount = g.volumes.length > 0 ? Double.parseDouble(g.volumes[0].split(" ")[0]) : 1;
      double packPrice = Numbers.roundTo(unitPrice * perPack * (g.unit.equals("ml") ? amount : 1), 2);
      price(w, e, "P", packPrice, quarter, quarter.plusMonths(3).minusDays(1));
      if (r.nextInt(3) == 0) {
        price(w, e, "E", Numbers.roundTo(packPrice / perPack, 2), quarter, quarter.plusMonths(3).minusDays(1));
      }
      if (r.nextInt(4) == 0) {
        price(w, e, "N", Numbers.roundTo(packPrice * 0.72, 2), quarter, null);
      }
      if (r.nextInt(10) == 0) {
        price(w, e, "P", Numbers.roundTo(packPrice * 1.03, 2), quarter.plusMonths(3), quarter.plusMonths(6)
            .minusDays(1));
      }
      if (g.reimbursement >= 0) {
        w.open("Refusjon");
        w.text("RefRefusjonsgruppe", e.plan.reimbursements.get(g.reimbursement).groupId);
        e.date("GyldigFraDato", quarter);
        w.end();
      }
      w.end();
      e.end();
    }
  }

  private static String[] supplier(SplittableRandom r, char kind) {
    List<String[]> matching = new java.util.ArrayList<>();
    for (String[] s : WordLists.get().suppliers) {
      if (s[3].charAt(0) == kind) {
        matching.add(s);
      }
    }
    return Rng.pick(r, matching);
  }

  private static void price(M30Writer w, Entries e, String type, double value, LocalDate from, LocalDate to) {
    w.open("PrisVare");
    w.cv("Type", type, "7423", e.codes.term("7423", type));
    w.money("Pris", value);
    e.date("GyldigFraDato", from);
    e.date("GyldigTilDato", to);
    w.end();
  }
}
