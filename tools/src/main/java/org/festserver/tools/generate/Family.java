package org.festserver.tools.generate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * A product line: one or more brands (LegemiddelMerkevare) with their packs and unit doses, optionally a
 * substance group (LegemiddelVirkestoff). The plan stores only structure (counts, offsets, links); names,
 * prices and dates are regenerated from the family's own random stream by {@link FamilyBuilder}.
 */
final class Family {

  /** What one brand of the family sells: a medicine in one form and strength (strength may be null). */
  record Part(Medicine medicine, Medicine.Offer offer, List<Strength> strength) {
    String atc() {
      return offer != null ? offer.atc() : medicine.atc;
    }

    Form form() {
      return offer.form();
    }

    /** "20 mg" or "37,5 mg/325 mg"; empty without strength. */
    String strengthDisplay() {
      if (strength == null) {
        return "";
      }
      StringBuilder sb = new StringBuilder();
      for (Strength s : strength) {
        if (sb.length() > 0) {
          sb.append('/');
        }
        sb.append(s.display());
      }
      return sb.toString();
    }
  }

  /** Brand roles inside a family. */
  enum Role { ORIGINATOR, GENERIC, PARALLEL }

  final int index;
  final FamilyKind kind;
  /** One part per distinct brand product; brand i uses part min(i, parts.size() - 1). */
  final List<Part> parts;

  int groupIndex = -1;
  int brandStart;
  int brandCount;
  int packStart;
  int packCount;
  int doseStart;
  int doseCount;
  int vmsStart;
  int vmsCount;
  int[] packsPerBrand;
  int[] dosesPerBrand;
  /** Index of the Byttegruppe, or -1. */
  int interchange = -1;
  /** Indices of the reimbursement entries (one group each) linked from packs and group. */
  final List<Integer> reimbursements = new ArrayList<>();

  // Fixed values of anchor and edge-case families (null = derive from the seed).
  String anchorKey;
  String fixedGroupId;
  String[] fixedBrandIds;
  String[] fixedVarenavn;
  String[] fixedCompany;
  Role[] fixedRoles;
  String[] fixedPackIds;
  String[] fixedVarenr;
  double[][] fixedPackSizes;
  String[] fixedVmsIds;
  List<EnumSet<PackEdge>> packEdges;
  /** R-3.3.1: the group has no direct refs and the brands number SortertVirkestoffMedStyrke differently. */
  boolean sortingMatchOnly;
  /** Unregistered families: TypeSoknadSlv 3 (must apply) instead of 2 (pharmacy decides). */
  boolean mustApply;

  Family(int index, FamilyKind kind, List<Part> parts) {
    this.index = index;
    this.kind = kind;
    this.parts = List.copyOf(parts);
  }

  Part part(int brand) {
    return parts.get(Math.min(brand, parts.size() - 1));
  }

  Part main() {
    return parts.get(0);
  }

  boolean hasGroup() {
    return groupIndex >= 0;
  }

  boolean fixed() {
    return anchorKey != null;
  }

  /** Forced edge cases of the pack with the given index within the family. */
  EnumSet<PackEdge> edges(int pack) {
    if (packEdges == null || pack >= packEdges.size()) {
      return EnumSet.noneOf(PackEdge.class);
    }
    return packEdges.get(pack);
  }

  @Override
  public String toString() {
    return kind + "#" + index + " " + main().medicine().nameNo + " " + main().strengthDisplay();
  }
}
