package org.festserver.server.interaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.festserver.model.interaction.AtcCode;

/**
 * Turns check items ({@code atc:CODE}, {@code pack:VARENR}, {@code brand:ID}, {@code substance-group:ID},
 * {@code substance:ID}) into what they contain, or into the reason they cannot be checked.
 */
final class ItemResolver {
  private static final Pattern KIND = Pattern.compile("[a-z][a-z-]*");
  private static final Pattern ITEM_NUMBER = Pattern.compile("[0-9]{1,10}");
  private static final Pattern ID = Pattern.compile("\\S{1,100}");

  private final ContentsIndex contents;

  ItemResolver(ContentsIndex contents) {
    this.contents = contents;
  }

  /** One resolved input: the item as given, a key that is equal for equal inputs, and its contents. */
  record Input(String item, String key, ProductContents contents) {}

  /** Either an input or the reason it is unresolved. */
  record Resolution(Input input, UnresolvedItem unresolved) {}

  Resolution resolve(String item) {
    int colon = item.indexOf(':');
    String prefix = colon < 0 ? null : item.substring(0, colon);
    if (prefix == null || !KIND.matcher(prefix).matches()) {
      return unresolved(item, UnresolvedItem.MALFORMED, "expected KIND:VALUE, e.g. atc:C10AA01 or pack:100010");
    }
    ItemKind kind = ItemKind.ofPrefix(prefix);
    if (kind == null) {
      return unresolved(item, UnresolvedItem.UNKNOWN_KIND,
          "unknown kind '" + prefix + "'; expected atc, pack, brand, substance-group or substance");
    }
    String value = item.substring(colon + 1).trim();
    switch (kind) {
      case ATC:
        return atc(item, value);
      case PACK:
        return pack(item, value);
      default:
        return byId(item, kind, value);
    }
  }

  private Resolution atc(String item, String value) {
    String code = AtcCode.normalize(value);
    if (code == null) {
      return unresolved(item, UnresolvedItem.MALFORMED, "'" + value + "' is not an ATC code");
    }
    // Every well-formed code is checked, known or not: a new WHO code is still covered by members above it.
    return new Resolution(new Input(item, "atc:" + code, new ProductContents(Set.of(code), Set.of())), null);
  }

  private Resolution pack(String item, String value) {
    if (!ITEM_NUMBER.matcher(value).matches()) {
      return unresolved(item, UnresolvedItem.MALFORMED, "'" + value + "' is not an item number (varenummer)");
    }
    List<String> ids = contents.packIds(value); // also by utgående varenummer, R-6.2.4
    List<ProductContents> found = new ArrayList<>(ids.size());
    for (String id : ids) {
      ProductContents pack = contents.pack(id);
      if (pack != null) {
        found.add(pack);
      }
    }
    if (found.isEmpty()) {
      return unresolved(item, UnresolvedItem.NOT_FOUND, "no pack with item number " + value);
    }
    return new Resolution(new Input(item, "pack:" + String.join(",", ids), union(found)), null);
  }

  private Resolution byId(String item, ItemKind kind, String value) {
    if (!ID.matcher(value).matches()) {
      return unresolved(item, UnresolvedItem.MALFORMED, "'" + value + "' is not an id");
    }
    ProductContents found;
    switch (kind) {
      case BRAND:
        found = contents.brand(value);
        break;
      case SUBSTANCE_GROUP:
        found = contents.substanceGroup(value);
        break;
      default:
        found = contents.substance(value);
        break;
    }
    if (found == null) {
      return unresolved(item, UnresolvedItem.NOT_FOUND, "no " + kind.prefix() + " with id " + value);
    }
    return new Resolution(new Input(item, kind.prefix() + ":" + value, found), null);
  }

  private static ProductContents union(List<ProductContents> all) {
    if (all.size() == 1) {
      return all.get(0);
    }
    Set<String> codes = new TreeSet<>();
    Set<String> ids = new TreeSet<>();
    for (ProductContents each : all) {
      codes.addAll(each.atcCodes());
      ids.addAll(each.substanceIds());
    }
    return new ProductContents(codes, ids);
  }

  private static Resolution unresolved(String item, String code, String reason) {
    return new Resolution(null, new UnresolvedItem(item, code, reason));
  }
}
