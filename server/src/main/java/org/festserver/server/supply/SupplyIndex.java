package org.festserver.server.supply;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.festserver.indexer.dataset.Dataset;
import org.festserver.server.observe.CacheMetrics;
import org.festserver.model.codesystem.CodeSystem;
import org.festserver.model.codesystem.CodeSystemElement;
import org.festserver.model.codesystem.Term;
import org.festserver.model.entry.EntityKind;
import org.festserver.model.reimbursement.ValidityWindow;
import org.festserver.model.supply.ProductGroupNode;
import org.festserver.model.supply.ProductGroupTree;
import org.festserver.model.supply.Supply;
import org.festserver.model.supply.SupplyKind;
import org.festserver.server.reimbursement.ReimbursementIndex;

/**
 * The trade-goods tree of a dataset, built once per dataset from code system 7403, the reimbursement
 * groups whose number is a product-group code, and the goods linking those groups. Breast prostheses are left out of
 * the tree but still found by number.
 */
final class SupplyIndex {
  static final String PRODUCT_GROUP_OID = CodeSystem.OID_PREFIX + "7403";

  private final List<ProductGroupNode> trees;
  private final Map<String, ProductGroupNode> nodes;
  private final Map<String, List<ReimbursementIndex.GroupEntry>> groupsByCode;
  private final Map<String, Good> goods;
  /** Tree answers already written, by query: most ask for today's whole tree. */
  private final Cache<SupplyQuery, byte[]> treeJson;

  /** A good as the tree lists it: number, name, kind and the dates of its reimbursement link. */
  record Good(String number, String name, SupplyKind kind, ValidityWindow window) {}

  private SupplyIndex(
      List<ProductGroupNode> trees,
      Map<String, ProductGroupNode> nodes,
      Map<String, List<ReimbursementIndex.GroupEntry>> groupsByCode,
      Map<String, Good> goods,
      Cache<SupplyQuery, byte[]> treeJson) {
    this.treeJson = treeJson;
    this.trees = trees;
    this.nodes = nodes;
    this.groupsByCode = groupsByCode;
    this.goods = goods;
  }

  static SupplyIndex of(Dataset dataset) {
    return dataset.derived(SupplyIndex.class, SupplyIndex::build);
  }

  private static SupplyIndex build(Dataset dataset) {
    ReimbursementIndex reimbursement = ReimbursementIndex.of(dataset);
    Map<String, List<ReimbursementIndex.GroupEntry>> groupsByCode = new HashMap<>();
    for (ReimbursementIndex.GroupEntry entry : reimbursement.groups()) {
      String code = entry.group().groupNumber() == null ? null : entry.group().groupNumber().code();
      if (ProductGroupTree.level(code) >= 0) {
        groupsByCode.computeIfAbsent(code, c -> new ArrayList<>()).add(entry);
      }
    }
    groupsByCode.replaceAll((code, entries) -> {
      entries.sort(Comparator.comparing(entry -> entry.group().id()));
      return List.copyOf(entries);
    });
    Map<String, Good> goods = new HashMap<>();
    Map<String, List<Good>> goodsByCode = new HashMap<>();
    dataset.store().forEach(EntityKind.SUPPLY, entity -> {
      Supply supply = (Supply) entity;
      Good good = new Good(supply.number(), supply.name(), supply.supplyKind(), ValidityWindow.of(supply.reimbursement()));
      goods.put(supply.number(), good);
      if (supply.reimbursement() == null || supply.supplyKind() == SupplyKind.BREAST_PROSTHESIS) {
        return;
      }
      for (String groupId : supply.reimbursement().groupRefs()) {
        ReimbursementIndex.GroupEntry entry = reimbursement.group(groupId);
        String code = entry == null || entry.group().groupNumber() == null ? null : entry.group().groupNumber().code();
        if (ProductGroupTree.level(code) >= 0) {
          goodsByCode.computeIfAbsent(code, c -> new ArrayList<>()).add(good);
        }
      }
    });
    Map<String, List<String>> numbersByCode = new HashMap<>();
    goodsByCode.forEach((code, list) -> {
      list.sort(Comparator.comparing(Good::name, Comparator.nullsLast(Comparator.<String>naturalOrder()))
          .thenComparing(Good::number));
      numbersByCode.put(code, list.stream().map(Good::number).distinct().toList());
    });
    List<ProductGroupNode> trees = ProductGroupTree.build(names(dataset), numbersByCode);
    Map<String, ProductGroupNode> nodes = new LinkedHashMap<>();
    trees.forEach(tree -> collect(tree, nodes));
    return new SupplyIndex(trees, Map.copyOf(nodes), Map.copyOf(groupsByCode), Map.copyOf(goods),
        Caffeine.newBuilder().maximumSize(256).recordStats(CacheMetrics.statsFor(dataset, "supply-tree")).build());
  }

  private static Map<String, String> names(Dataset dataset) {
    Map<String, String> names = new HashMap<>();
    dataset.store().get(EntityKind.CODE_SYSTEM, PRODUCT_GROUP_OID, CodeSystem.class).ifPresent(system -> {
      for (CodeSystemElement element : system.elements()) {
        if (element.code() != null) {
          names.put(element.code().strip(), name(element));
        }
      }
    });
    return names;
  }

  /** The Norwegian term of a code, else its first term. */
  private static String name(CodeSystemElement element) {
    for (Term term : element.terms()) {
      if (term.language() == null || term.language().is("NO")) {
        return term.term();
      }
    }
    return element.terms().isEmpty() ? null : element.terms().get(0).term();
  }

  private static void collect(ProductGroupNode node, Map<String, ProductGroupNode> nodes) {
    nodes.put(node.code(), node);
    node.children().forEach(child -> collect(child, nodes));
  }

  List<ProductGroupNode> trees() {
    return trees;
  }

  /** The node of a product-group code, or null. */
  ProductGroupNode node(String code) {
    return nodes.get(code);
  }

  /** The reimbursement groups whose number is this product-group code. */
  List<ReimbursementIndex.GroupEntry> groups(String code) {
    return groupsByCode.getOrDefault(code, List.of());
  }

  /** Answers to tree queries, kept with the dataset. */
  Cache<SupplyQuery, byte[]> treeJson() {
    return treeJson;
  }

  /** A good by item number, or null. */
  Good good(String number) {
    return goods.get(number);
  }
}
