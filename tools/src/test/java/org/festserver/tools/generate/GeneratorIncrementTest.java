package org.festserver.tools.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The incremental file written by {@code generate-increment} (R-13.1, FORMAT.md §2). */
final class GeneratorIncrementTest {

  private final M30File base = M30File.of(TestFiles.standard());
  private final M30File increment = M30File.of(TestFiles.increment());

  @Test
  @DisplayName("R-13.3: the increment's HentetDato is after the base's; an earlier one is rejected")
  void hentetDatoIsNewerThanTheBase_R_13_3() {
    assertThat(LocalDateTime.parse(increment.scan.hentetDato))
        .isAfter(LocalDateTime.parse(base.scan.hentetDato));
    assertThatThrownBy(() -> IncrementGenerator.generate(new IncrementGenerator.Options(TestFiles.standard(), 0.1, 1,
        LocalDateTime.parse(base.scan.hentetDato), TestFiles.dir().resolve("bad.xml"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be after");
  }

  @Test
  @DisplayName("Entries of an increment were registered after the base's HentetDato and before its own")
  void registrationTimesLieBetweenTheTwoHentetDatoValues() {
    LocalDateTime from = LocalDateTime.parse(base.scan.hentetDato);
    LocalDateTime to = LocalDateTime.parse(increment.scan.hentetDato);
    for (List<Node> entries : increment.entries.values()) {
      for (Node e : entries) {
        LocalDateTime t = LocalDateTime.parse(e.text("Tidspunkt"));
        assertThat(t).isAfter(from).isBefore(to);
      }
    }
  }

  @Test
  @DisplayName("R-13.1: a change is a new entry id with status A and the full payload (same payload id) plus the "
      + "old entry id with status U and no payload; both orders occur")
  void changesPairAnActiveWithAnExpiredEntry_R_13_1() {
    Map<String, String> baseEntryByPayload = new HashMap<>();
    Set<String> baseEntries = new HashSet<>();
    for (List<Node> entries : base.entries.values()) {
      for (Node e : entries) {
        baseEntries.add(e.entryId());
        baseEntryByPayload.put(payloadKey(e), e.entryId());
      }
    }
    int changes = 0;
    boolean activeFirst = false;
    boolean expiredFirst = false;
    for (Map.Entry<String, List<Node>> catalog : increment.entries.entrySet()) {
      List<Node> entries = catalog.getValue();
      for (int i = 0; i < entries.size(); i++) {
        Node e = entries.get(i);
        if (e.status().equals("U")) {
          assertThat(e.payload()).as("U entries carry no payload").isNull();
          assertThat(baseEntries).contains(e.entryId());
          continue;
        }
        assertThat(e.status()).isEqualTo("A");
        assertThat(e.payload()).isNotNull();
        assertThat(baseEntries).doesNotContain(e.entryId());
        String old = baseEntryByPayload.get(payloadKey(e));
        if (old != null) {
          changes++;
          boolean before = i + 1 < entries.size() && entries.get(i + 1).entryId().equals(old);
          boolean after = i > 0 && entries.get(i - 1).entryId().equals(old);
          assertThat(before || after).as("U entry next to the changed A entry %s", e.entryId()).isTrue();
          activeFirst |= before;
          expiredFirst |= after;
        }
      }
    }
    assertThat(changes).isGreaterThan(10);
    assertThat(activeFirst).isTrue();
    assertThat(expiredFirst).isTrue();
  }

  @Test
  @DisplayName("R-9.3.1: pure removals (U only) of alerts, packs, interactions and reimbursement entries")
  void pureRemovalsIncludeAlertsPacksInteractionsAndReimbursements_R_9_3_1() {
    for (String catalog : List.of("KatVarselSlv", "KatLegemiddelpakning", "KatInteraksjon", "KatRefusjon")) {
      List<Node> entries = increment.entries(catalog);
      Set<String> changedOld = new HashSet<>();
      Map<String, String> baseByPayload = new HashMap<>();
      base.entries(catalog).forEach(e -> baseByPayload.put(payloadKey(e), e.entryId()));
      for (Node e : entries) {
        if (e.status().equals("A") && baseByPayload.containsKey(payloadKey(e))) {
          changedOld.add(baseByPayload.get(payloadKey(e)));
        }
      }
      assertThat(entries).as(catalog).anyMatch(e -> e.status().equals("U") && !changedOld.contains(e.entryId()));
    }
  }

  @Test
  @DisplayName("New entries have payload ids (and item numbers) not in the base")
  void newEntriesHaveNewIds() {
    Set<String> basePayloadIds = new HashSet<>();
    Set<String> baseNumbers = new HashSet<>();
    base.packs().forEach(p -> baseNumbers.add(p.text("Varenr")));
    for (List<Node> entries : base.entries.values()) {
      entries.forEach(e -> {
        if (e.payload() != null && e.payload().text("Id") != null) {
          basePayloadIds.add(e.payload().text("Id"));
        }
      });
    }
    List<Node> newPacks = new ArrayList<>();
    for (Node p : increment.packs()) {
      if (!basePayloadIds.contains(p.text("Id"))) {
        newPacks.add(p);
      }
    }
    assertThat(newPacks).isNotEmpty().allSatisfy(p -> assertThat(baseNumbers).doesNotContain(p.text("Varenr")));
    assertThat(increment.payloads("KatVilkar", "Vilkar")).anyMatch(v -> !basePayloadIds.contains(v.text("Id")));
    assertThat(increment.interactions()).anyMatch(i -> !basePayloadIds.contains(i.text("Id")));
  }

  @Test
  @DisplayName("One code system is replaced as a whole: new entry id, a changed element, the old entry expired")
  void oneCodeSystemIsReplaced() {
    List<Node> entries = increment.entries("KatKodeverk");
    assertThat(entries).hasSize(2);
    Node active = entries.stream().filter(e -> e.status().equals("A")).findFirst().orElseThrow();
    Node expired = entries.stream().filter(e -> e.status().equals("U")).findFirst().orElseThrow();
    String oid = active.child("Info").text("Id");
    Node old = base.entries("KatKodeverk").stream().filter(e -> e.child("Info").text("Id").equals(oid))
        .findFirst().orElseThrow();
    assertThat(expired.entryId()).isEqualTo(old.entryId());
    assertThat(active.all("Element")).hasSameSizeAs(old.all("Element"));
    assertThat(active.all("Element").toString()).isNotEqualTo(old.all("Element").toString());
  }

  @Test
  @DisplayName("Anchors are never changed or removed by an increment")
  void anchorsAreUntouched() {
    Set<String> anchors = Anchors.ids();
    for (List<Node> entries : increment.entries.values()) {
      for (Node e : entries) {
        if (e.payload() != null && e.payload().text("Id") != null) {
          assertThat(anchors).doesNotContain(e.payload().text("Id"));
        }
      }
    }
    Set<String> anchorEntries = new HashSet<>();
    for (List<Node> entries : base.entries.values()) {
      for (Node e : entries) {
        Node p = e.payload();
        if (anchors.contains(e.entryId()) || (p != null && anchors.contains(p.text("Id")))) {
          anchorEntries.add(e.entryId());
        }
      }
    }
    for (List<Node> entries : increment.entries.values()) {
      entries.forEach(e -> assertThat(anchorEntries).doesNotContain(e.entryId()));
    }
  }

  @Test
  @DisplayName("Same base, fraction and seed give the same increment")
  void incrementsAreDeterministic() throws IOException {
    Path again = TestFiles.dir().resolve("increment-again.xml");
    IncrementGenerator.generate(new IncrementGenerator.Options(TestFiles.standard(), 0.05, 7, null, again));
    assertThat(Files.mismatch(TestFiles.increment(), again)).isEqualTo(-1L);
  }

  /** Catalog, payload element and payload Id (or the whole text for payloads without Id, e.g. VarselSlv). */
  private static String payloadKey(Node entry) {
    Node p = entry.payload();
    if (p == null) {
      return "none:" + entry.entryId();
    }
    if (p.name.equals("Info")) {
      return "Kodeverk:" + p.text("Id");
    }
    String id = p.text("Id");
    if (id != null) {
      return p.name + ":" + id;
    }
    if (p.child("Nr") != null) {
      return p.name + ":" + p.text("Nr");
    }
    if (p.name.equals("Kortdose") || p.name.equals("InteraksjonIkkeVurdert")) {
      return p.name + ":" + p.find("Kortdose") + p.find("Atc");
    }
    Node g = p.child("Refusjonsgruppe");
    if (g != null) {
      return p.name + ":" + g.text("Id");
    }
    return p.name + ":" + p.text("Overskrift") + p.text("FraDato") + p.find("RefElement");
  }
}
