package org.festserver.tools.generate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The entries of a (small) generated file, read by streaming it with StAX once; payloads are looked up by
 * catalog and name. Used by the tests that check anchors, edge cases and referential integrity.
 */
final class M30File {

  private static final Map<Path, M30File> CACHE = new HashMap<>();

  final Path path;
  final EntryScan scan;
  final Map<String, List<Node>> entries = new LinkedHashMap<>();

  private M30File(Path path) {
    this.path = path;
    this.scan = EntryScan.scan(path, (catalog, entry) ->
        entries.computeIfAbsent(catalog, k -> new ArrayList<>()).add(entry));
  }

  static synchronized M30File of(Path path) {
    return CACHE.computeIfAbsent(path, M30File::new);
  }

  LocalDate hentet() {
    return LocalDate.parse(scan.hentetDato.substring(0, 10));
  }

  List<Node> entries(String catalog) {
    return entries.getOrDefault(catalog, List.of());
  }

  /** Payloads of a catalog with the given element name (e.g. "VirkestoffMedStyrke" in KatVirkestoff). */
  List<Node> payloads(String catalog, String name) {
    List<Node> out = new ArrayList<>();
    for (Node e : entries(catalog)) {
      Node p = e.payload();
      if (p != null && p.name.equals(name)) {
        out.add(p);
      }
    }
    return out;
  }

  List<Node> brands() {
    return payloads("KatLegemiddelMerkevare", "LegemiddelMerkevare");
  }

  List<Node> packs() {
    return payloads("KatLegemiddelpakning", "Legemiddelpakning");
  }

  List<Node> groups() {
    return payloads("KatLegemiddelVirkestoff", "LegemiddelVirkestoff");
  }

  List<Node> doses() {
    return payloads("KatLegemiddeldose", "Legemiddeldose");
  }

  List<Node> interactions() {
    return payloads("KatInteraksjon", "Interaksjon");
  }

  Node pack(String varenr) {
    for (Node p : packs()) {
      if (varenr.equals(p.text("Varenr"))) {
        return p;
      }
    }
    return null;
  }

  /** A payload by its Id anywhere in the file. */
  Node byId(String id) {
    for (List<Node> list : entries.values()) {
      for (Node e : list) {
        Node p = e.payload();
        if (p != null && id.equals(p.text("Id"))) {
          return p;
        }
      }
    }
    return null;
  }

  /** The elements of a code system (Kodeverk entry whose Info/Id ends with the system number). */
  List<Node> codeSystem(String system) {
    for (Node e : entries("KatKodeverk")) {
      Node info = e.child("Info");
      if (info != null && info.text("Id").equals("2.16.578.1.12.4.1.1." + system)) {
        return e.all("Element");
      }
    }
    return List.of();
  }
}
