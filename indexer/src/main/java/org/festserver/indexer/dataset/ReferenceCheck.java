package org.festserver.indexer.dataset;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.festserver.model.alert.Alert;
import org.festserver.model.alert.AlertReference;
import org.festserver.model.entry.EntityKind;
import org.festserver.model.entry.Entry;
import org.festserver.model.entry.FestEntity;
import org.festserver.model.interaction.Interaction;
import org.festserver.model.medicine.Brand;
import org.festserver.model.medicine.MedicineInfo;
import org.festserver.model.medicine.Pack;
import org.festserver.model.medicine.ReimbursementLink;
import org.festserver.model.medicine.SortedRef;
import org.festserver.model.medicine.SubstanceGroup;
import org.festserver.model.medicine.UnitDose;
import org.festserver.model.reimbursement.ReimbursementBasis;
import org.festserver.model.substance.Substance;
import org.festserver.model.substance.SubstanceStrength;
import org.festserver.model.supply.Supply;

/**
 * Checks that every reference in the dataset resolves, and reports those that do not by kind of reference, with a
 * few examples. Unresolved references are warnings: extracts may be filtered, and increments may point outside
 * themselves (the loose XSD).
 */
final class ReferenceCheck implements DatasetContributor {
  private static final int EXAMPLES = 3;
  /** Pseudo-kind for reimbursement groups, which live inside reimbursement entries. */
  private static final String GROUP = "Refusjonsgruppe";

  private final Map<EntityKind, Set<String>> keys = new EnumMap<>(EntityKind.class);
  private final Set<String> groupIds = new HashSet<>();
  /** "from path → target" → references as "ref (from key)". */
  private final Map<String, Target> references = new LinkedHashMap<>();

  private record Target(String target, EntityKind kind, List<String[]> refs) {}

  @Override
  public void accept(Entry entry) {
    FestEntity entity = entry.entity();
    keys.computeIfAbsent(entity.kind(), k -> new HashSet<>()).add(entity.key());
    switch (entity.kind()) {
      case BRAND: {
        Brand b = (Brand) entity;
        medicine("LegemiddelMerkevare", b.key(), b.medicine());
        sorted("LegemiddelMerkevare/SortertVirkestoffMedStyrke", b.key(), b.substancesWithStrength(), EntityKind.SUBSTANCE_STRENGTH);
        sorted("LegemiddelMerkevare/SortertVirkestoffUtenStyrke", b.key(), b.substancesWithoutStrength(), EntityKind.SUBSTANCE);
        break;
      }
      case PACK: {
        Pack p = (Pack) entity;
        medicine("Legemiddelpakning", p.key(), p.medicine());
        p.packInfos().forEach(i -> ref("Legemiddelpakning/Pakningsinfo/RefLegemiddelMerkevare", p.key(), i.brandRef(), EntityKind.BRAND));
        if (p.medicine().interchangeGroup() != null) {
          ref("Legemiddelpakning/PakningByttegruppe/RefByttegruppe", p.key(), p.medicine().interchangeGroup().groupRef(),
              EntityKind.INTERCHANGE_GROUP);
        }
        break;
      }
      case SUBSTANCE_GROUP: {
        SubstanceGroup g = (SubstanceGroup) entity;
        medicine("LegemiddelVirkestoff", g.key(), g.medicine());
        sorted("LegemiddelVirkestoff/SortertVirkestoffMedStyrke", g.key(), g.substancesWithStrength(), EntityKind.SUBSTANCE_STRENGTH);
        sorted("LegemiddelVirkestoff/SortertVirkestoffUtenStyrke", g.key(), g.substancesWithoutStrength(), EntityKind.SUBSTANCE);
        g.brandRefs().forEach(r -> ref("LegemiddelVirkestoff/RefLegemiddelMerkevare", g.key(), r, EntityKind.BRAND));
        g.packRefs().forEach(r -> ref("LegemiddelVirkestoff/RefPakning", g.key(), r, EntityKind.PACK));
        break;
      }
      case UNIT_DOSE: {
        UnitDose d = (UnitDose) entity;
        medicine("Legemiddeldose", d.key(), d.medicine());
        ref("Legemiddeldose/RefLegemiddelMerkevare", d.key(), d.brandRef(), EntityKind.BRAND);
        d.packRefs().forEach(r -> ref("Legemiddeldose/RefPakning", d.key(), r, EntityKind.PACK));
        break;
      }
      case SUBSTANCE: {
        Substance s = (Substance) entity;
        s.substanceRefs().forEach(r -> ref("Virkestoff/RefVirkestoff", s.key(), r, EntityKind.SUBSTANCE));
        links("Virkestoff/Refusjon/RefRefusjonsgruppe", s.key(), s.reimbursements());
        break;
      }
      case SUBSTANCE_STRENGTH: {
        SubstanceStrength s = (SubstanceStrength) entity;
        ref("VirkestoffMedStyrke/RefVirkestoff", s.key(), s.substanceRef(), EntityKind.SUBSTANCE);
        break;
      }
      case SUPPLY: {
        Supply s = (Supply) entity;
        if (s.reimbursement() != null) {
          links("Handelsvare/Refusjon/RefRefusjonsgruppe", s.key(), List.of(s.reimbursement()));
        }
        if (s.productInfo() != null) {
          s.productInfo().conditionRefs().forEach(r -> ref("Handelsvare/ProduktInfoVare/RefVilkar", s.key(), r, EntityKind.CONDITION));
        }
        break;
      }
      case REIMBURSEMENT: {
        ReimbursementBasis basis = (ReimbursementBasis) entity;
        basis.groups().forEach(g -> {
          groupIds.add(g.id());
          g.conditionRefs().forEach(r -> ref("Refusjonsgruppe/RefVilkar", g.id(), r, EntityKind.CONDITION));
          g.codes().forEach(c -> c.conditions().forEach(
              v -> ref("Refusjonskode/Refusjonsvilkar/RefVilkar", g.id(), v.conditionRef(), EntityKind.CONDITION)));
        });
        break;
      }
      case ALERT: {
        Alert alert = (Alert) entity;
        for (AlertReference reference : alert.references()) {
          String klass = reference.targetClass() == null ? null : reference.targetClass().code();
          EntityKind kind = "1".equals(klass) ? EntityKind.BRAND
              : "2".equals(klass) ? EntityKind.PACK
              : "3".equals(klass) ? EntityKind.SUBSTANCE_GROUP
              : null;
          for (String ref : reference.refs()) {
            if (kind != null) {
              ref("VarselSlv/Referanseelement/RefElement (Klasse " + klass + ")", alert.key(), ref, kind);
            } else if ("4".equals(klass)) {
              groupRef("VarselSlv/Referanseelement/RefElement (Klasse 4)", alert.key(), ref);
            }
          }
        }
        break;
      }
      case INTERACTION: {
        Interaction interaction = (Interaction) entity;
        interaction.groups().forEach(g -> g.substances().forEach(s -> s.substanceRefs().forEach(
            r -> ref("Interaksjon/Substansgruppe/Substans/RefVirkestoff", interaction.key(), r, EntityKind.SUBSTANCE))));
        break;
      }
      case CONDITION:
      default:
        break;
    }
  }

  private void medicine(String path, String from, MedicineInfo medicine) {
    medicine.conditionRefs().forEach(r -> ref(path + "/RefVilkar", from, r, EntityKind.CONDITION));
    links(path + "/Refusjon/RefRefusjonsgruppe", from, medicine.reimbursements());
  }

  private void links(String path, String from, List<ReimbursementLink> links) {
    links.forEach(l -> l.groupRefs().forEach(r -> groupRef(path, from, r)));
  }

  private void sorted(String path, String from, List<SortedRef> refs, EntityKind kind) {
    refs.forEach(r -> ref(path, from, r.ref(), kind));
  }

  private void ref(String path, String from, String ref, EntityKind kind) {
    references.computeIfAbsent(path, p -> new Target(kind.festName(), kind, new ArrayList<>())).refs().add(new String[] {ref, from});
  }

  private void groupRef(String path, String from, String ref) {
    references.computeIfAbsent(path, p -> new Target(GROUP, null, new ArrayList<>())).refs().add(new String[] {ref, from});
  }

  @Override
  public void finish(BuildOutput output) {
    references.forEach((path, target) -> {
      Set<String> known = target.kind() == null ? groupIds : keys.getOrDefault(target.kind(), Set.of());
      int unresolved = 0;
      List<String> examples = new ArrayList<>();
      for (String[] ref : target.refs()) {
        if (ref[0] == null || !known.contains(ref[0])) {
          unresolved++;
          if (examples.size() < EXAMPLES) {
            examples.add(ref[0] + " (from " + ref[1] + ")");
          }
        }
      }
      if (unresolved > 0) {
        output.reportUnresolved(path + " → " + target.target() + ": " + unresolved + " of " + target.refs().size()
            + " unresolved, e.g. " + String.join(", ", examples), unresolved);
      }
    });
  }
}
