package org.festserver.model.alert;

import java.util.List;
import java.util.Optional;
import org.festserver.model.entry.EntityKind;

/** The links between products that alert propagation follows, read from a dataset. */
public interface ProductGraph {
  /** The brands a substance group references. */
  List<String> brandsOfSubstanceGroup(String substanceGroupId);

  /** The packs a substance group references. */
  List<String> packsOfSubstanceGroup(String substanceGroupId);

  /** The packs of a brand. */
  List<String> packsOfBrand(String brandId);

  /** The packs and substance groups whose Refusjon links a reimbursement group. */
  List<AlertTarget> productsOfReimbursementGroup(String reimbursementGroupId);

  /** Which kind of product an id belongs to (pack, brand or substance group), or empty. */
  Optional<EntityKind> kindOf(String id);
}
