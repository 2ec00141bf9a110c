package org.festserver.tools.generate;

/** KatStrDosering: structured short doses with Legemiddelforbruk and a Forskrivning Dosering. */
final class DosageWriter {

  private static final String[] SLOTS = {"1", "3", "5", "6"};

  private DosageWriter() {}

  static void write(Entries e) {
    M30Writer w = e.w;
    int written = 0;
    for (ShortDoses.ShortDose s : e.plan.shortDoses) {
      if (written >= e.plan.structuredDosages) {
        break;
      }
      if (!s.structured()) {
        continue;
      }
      written++;
      e.begin(M30Catalog.STR_DOSERING, null);
      w.open("Kortdose");
      w.cv("Kortdose", s.code(), "7478", s.term());
      w.text("BeskrivelseTerm", s.description());
      String st = s.structure();
      w.open("Legemiddelforbruk");
      w.text("Lopenr", "1");
      if (st.contains("+")) {
        String[] parts = st.split("\\+");
        double total = 0;
        for (String p : parts) {
          total += Numbers.parseDisplay(p);
        }
        w.text("Mengde", Numbers.plain(total));
        w.text("Periode", "P1D");
        w.openFs("Dosering");
        for (int i = 0; i < parts.length; i++) {
          double v = Numbers.parseDisplay(parts[i]);
          if (v > 0) {
            fixedTime(e, v, SLOTS[i]);
          }
        }
        w.end();
      } else if (st.contains("/P")) {
        double v = Numbers.parseDisplay(st.substring(0, st.indexOf('/')));
        w.text("Mengde", Numbers.plain(v));
        w.text("Periode", st.substring(st.indexOf('/') + 1));
        w.openFs("Dosering");
        fixedTime(e, v, null);
        w.end();
      } else {
        String[] t = st.split(" ");
        double v = Numbers.parseDisplay(t[0]);
        int times = t[1].startsWith("x") ? Integer.parseInt(t[1].substring(1)) : 1;
        w.text("Mengde", Numbers.plain(v * times));
        w.text("Periode", "P1D");
        if (t.length > 2 && t[2].startsWith("/")) {
          w.text("Iterasjoner", t[2].substring(1));
        }
        w.openFs("Dosering");
        for (int i = 0; i < times; i++) {
          fixedTime(e, v, null);
        }
        w.end();
      }
      w.end();
      w.end();
      e.end();
    }
  }

  private static void fixedTime(Entries e, double amount, String slot) {
    M30Writer w = e.w;
    w.open("DoseFastTidspunkt");
    w.pq("Mengde", amount, "dose");
    if (slot != null) {
      w.cs("Tidsomrade", slot, e.codes.term("8325", slot));
    }
    w.text("GisEksakt", "false");
    w.end();
  }
}
