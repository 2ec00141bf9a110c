package org.festserver.server.supply;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.festserver.indexer.dataset.Dataset;
import org.festserver.model.condition.Condition;
import org.festserver.model.condition.Role;
import org.festserver.model.entry.EntityKind;
import org.festserver.model.medicine.Price;
import org.festserver.model.medicine.ReimbursementLink;
import org.festserver.model.reimbursement.ReimbursementResolver;
import org.festserver.model.reimbursement.ResolvedGroup;
import org.festserver.model.reimbursement.ValidityWindow;
import org.festserver.model.supply.ProductGroupNode;
import org.festserver.model.supply.ProductGroupRules;
import org.festserver.model.supply.ProductGroupTree;
import org.festserver.model.supply.Supply;
import org.festserver.model.supply.SupplyKind;
import org.festserver.server.condition.ConditionCatalog;
import org.festserver.server.condition.ConditionQuery;
import org.festserver.server.condition.ConditionService;
import org.festserver.server.condition.ConditionView;
import org.festserver.server.json.CodedJson;
import org.festserver.server.json.Json;
import org.festserver.server.reimbursement.ReimbursementIndex;

/**
 * Trade goods (R-12.x): the product-group tree with prescribable groups and their reimbursement conditions, and one
 * good by item number.
 */
public final class SupplyService {
  private static final ObjectMapper JSON = Json.mapper();

  /** Builds the per-dataset tree before the dataset goes live. */
  public static void warm(Dataset dataset) {
    SupplyIndex.of(dataset);
    ConditionCatalog.of(dataset);
  }

  /**
   * The JSON answer of {@code GET /supplies/tree} ({@code date} and {@code groups}), written once per dataset and
   * query and then served from memory; empty when the group does not exist.
   */
  public Optional<byte[]> treeJson(Dataset dataset, SupplyQuery query) {
    if (query.group() != null && SupplyIndex.of(dataset).node(query.group()) == null) {
      return Optional.empty();
    }
    return Optional.of(SupplyIndex.of(dataset).treeJson().get(query, q -> {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("date", q.date());
      body.put("groups", tree(dataset, q).orElseThrow());
      try {
        return JSON.writeValueAsBytes(body);
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }));
  }

  /**
   * The tree's main groups, or the subtree of {@code query.group()}; empty when that group does not exist.
   */
  public Optional<List<ProductGroupView>> tree(Dataset dataset, SupplyQuery query) {
    SupplyIndex index = SupplyIndex.of(dataset);
    ConditionCatalog catalog = ConditionCatalog.of(dataset);
    List<ProductGroupNode> roots;
    if (query.group() == null) {
      roots = index.trees();
    } else {
      ProductGroupNode node = index.node(query.group());
      if (node == null) {
        return Optional.empty();
      }
      roots = List.of(node);
    }
    List<ProductGroupView> views = new ArrayList<>(roots.size());
    for (ProductGroupNode root : roots) {
      views.add(view(root, index, catalog, query));
    }
    return Optional.of(views);
  }

  /** A good by item number, or empty. */
  public Optional<SupplyView> supply(Dataset dataset, String number, SupplyQuery query) {
    Optional<Supply> found = dataset.store().get(EntityKind.SUPPLY, number, Supply.class);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Supply supply = found.get();
    SupplyIndex index = SupplyIndex.of(dataset);
    ReimbursementIndex reimbursement = ReimbursementIndex.of(dataset);
    ConditionCatalog catalog = ConditionCatalog.of(dataset);
    Set<String> conditionRefs = new LinkedHashSet<>();
    if (supply.productInfo() != null) {
      conditionRefs.addAll(supply.productInfo().conditionRefs());
    }
    List<SupplyView.Group> groups = new ArrayList<>();
    List<SupplyView.GroupRef> path = new ArrayList<>();
    ReimbursementLink link = supply.reimbursement();
    if (link != null) {
      for (String groupId : link.groupRefs()) {
        ReimbursementIndex.GroupEntry entry = reimbursement.group(groupId);
        if (entry == null) {
          continue;
        }
        String code = entry.group().groupNumber() == null ? null : entry.group().groupNumber().code();
        groups.add(new SupplyView.Group(
            groupId, code, entry.group().groupNumber() == null ? null : entry.group().groupNumber().text(),
            CodedJson.of(entry.basis().basis())));
        conditionRefs.addAll(groupConditionRefs(List.of(entry), query));
        addPath(code, index, path);
      }
    }
    return Optional.of(new SupplyView(
        supply.number(),
        supply.name(),
        kindName(supply.supplyKind()),
        supply.productInfo() == null ? null : new SupplyView.ProductInfo(
            supply.productInfo().productNumber(),
            supply.productInfo().volume(),
            CodedJson.of(supply.productInfo().sizeUnit()),
            supply.productInfo().perPack(),
            supply.productInfo().aboveMaxPriceAllowed()),
        supply.supplier() == null ? null
            : new SupplyView.Supplier(supply.supplier().name(), supply.supplier().address(), supply.supplier().phone()),
        prices(supply.prices()),
        link == null ? null
            : new SupplyView.Reimbursement(link.validFrom(), link.prescribeUntil(), link.dispenseUntil(), List.copyOf(groups)),
        List.copyOf(path),
        ConditionService.views(catalog, conditionRefs, new ConditionQuery(Role.PRESCRIBER, query.patient()))));
  }

  private static ProductGroupView view(ProductGroupNode node, SupplyIndex index, ConditionCatalog catalog, SupplyQuery query) {
    List<String> refs = groupConditionRefs(index.groups(node.code()), query);
    List<Condition> conditions = new ArrayList<>(refs.size());
    refs.forEach(ref -> catalog.get(ref).ifPresent(conditions::add));
    List<ProductGroupView> children = new ArrayList<>(node.children().size());
    for (ProductGroupNode child : node.children()) {
      children.add(view(child, index, catalog, query));
    }
    List<ProductGroupView.Good> goods = null;
    if (query.goods()) {
      goods = new ArrayList<>(node.goods().size());
      for (String number : node.goods()) {
        SupplyIndex.Good good = index.good(number);
        if (good != null && good.window().validOn(query.date(), Role.PRESCRIBER)) {
          goods.add(new ProductGroupView.Good(good.number(), good.name(), kindName(good.kind())));
        }
      }
      goods = List.copyOf(goods);
    }
    return new ProductGroupView(
        node.code(),
        node.name(),
        node.level(),
        ProductGroupRules.prescribable(node.code(), conditions),
        ProductGroupRules.blocked(conditions, query.patient()),
        ConditionService.views(catalog, refs, new ConditionQuery(Role.PRESCRIBER, query.patient())),
        List.copyOf(children),
        goods);
  }

  /** The conditions of reimbursement groups as they apply on the date for a prescriber. */
  private static List<String> groupConditionRefs(List<ReimbursementIndex.GroupEntry> entries, SupplyQuery query) {
    Set<String> refs = new LinkedHashSet<>();
    for (ReimbursementIndex.GroupEntry entry : entries) {
      ReimbursementResolver.resolve(
              entry.basis(), entry.group(), ResolvedGroup.Reach.LINK, ValidityWindow.OPEN, query.date(), Role.PRESCRIBER)
          .ifPresent(group -> refs.addAll(group.conditionRefs()));
    }
    return List.copyOf(refs);
  }

  private static void addPath(String code, SupplyIndex index, List<SupplyView.GroupRef> path) {
    List<SupplyView.GroupRef> chain = new ArrayList<>();
    for (String at = code; at != null; at = ProductGroupTree.parent(at)) {
      ProductGroupNode node = index.node(at);
      chain.add(0, new SupplyView.GroupRef(at, node == null ? null : node.name(), ProductGroupTree.level(at)));
    }
    for (SupplyView.GroupRef ref : chain) {
      if (!path.contains(ref)) {
        path.add(ref);
      }
    }
  }

  private static List<SupplyView.PriceView> prices(List<Price> prices) {
    List<SupplyView.PriceView> views = new ArrayList<>(prices.size());
    for (Price price : prices) {
      views.add(new SupplyView.PriceView(
          CodedJson.of(price.type()),
          price.price() == null ? null : price.price().amount(),
          price.price() == null ? null : price.price().currency(),
          price.validFrom(),
          price.validTo()));
    }
    return List.copyOf(views);
  }

  /** The API name of a kind of trade good: nutrition, medical-consumable, breast-prosthesis. */
  static String kindName(SupplyKind kind) {
    return kind == null ? null : kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
