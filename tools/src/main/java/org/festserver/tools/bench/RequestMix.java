package org.festserver.tools.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.festserver.indexer.dataset.Dataset;
import org.festserver.indexer.store.Lookup;
import org.festserver.model.entry.EntityKind;
import org.festserver.model.interaction.Interaction;
import org.festserver.model.interaction.InteractionGroup;
import org.festserver.model.interaction.InteractionSubstance;
import org.festserver.model.medicine.Brand;
import org.festserver.model.medicine.SubstanceGroup;

/**
 * What benchmark requests are drawn from, like real use: check items are 70 % packs, 15 % substance groups, 10 %
 * brands and 5 % ATC codes; search texts are 60 % product ATC codes, 20 % their level-4 and 10 % their level-3
 * codes, 10 % substansgruppe and member names. Each is Zipf-distributed (exponent 1.0) over a seeded shuffle.
 */
final class RequestMix {
  /** A list of values with a popularity order. */
  private static final class Pool {
    private final List<String> values;
    private final Zipf popularity;

    Pool(Set<String> values, Random random) {
      this.values = new ArrayList<>(values);
      Collections.sort(this.values);
      Collections.shuffle(this.values, random);
      this.popularity = new Zipf(this.values.size(), 1.0);
    }

    String next(Random random) {
      return values.get(popularity.next(random));
    }
  }

  private final Pool packs;
  private final Pool groups;
  private final Pool brands;
  private final Pool codes;
  private final Pool names;

  private RequestMix(Pool packs, Pool groups, Pool brands, Pool codes, Pool names) {
    this.packs = packs;
    this.groups = groups;
    this.brands = brands;
    this.codes = codes;
    this.names = names;
  }

  static RequestMix of(Dataset dataset, long seed) {
    Random random = new Random(seed);
    Set<String> packs = new LinkedHashSet<>();
    dataset.store().lookupPrefix(Lookup.PACK_BY_ITEM_NUMBER, "").keySet().forEach(nr -> packs.add("pack:" + nr));
    Set<String> groups = new LinkedHashSet<>();
    dataset.store().forEach(EntityKind.SUBSTANCE_GROUP, e -> groups.add("substance-group:" + ((SubstanceGroup) e).id()));
    Set<String> brands = new LinkedHashSet<>();
    Set<String> codes = new LinkedHashSet<>();
    dataset.store().forEach(EntityKind.BRAND, e -> {
      Brand brand = (Brand) e;
      brands.add("brand:" + brand.id());
      if (brand.medicine().atcCode() != null) {
        codes.add(brand.medicine().atcCode());
      }
    });
    Set<String> names = new LinkedHashSet<>();
    dataset.store().forEach(EntityKind.INTERACTION, e -> {
      for (InteractionGroup group : ((Interaction) e).groups()) {
        if (group.name() != null) {
          names.add(group.name());
        }
        for (InteractionSubstance member : group.substances()) {
          if (member.name() != null) {
            names.add(member.name());
          }
        }
      }
    });
    return new RequestMix(new Pool(packs, random), new Pool(groups.isEmpty() ? packs : groups, random),
        new Pool(brands, random), new Pool(codes, random), new Pool(names, random));
  }

  /** One check item. */
  String item(Random random) {
    int roll = random.nextInt(20);
    if (roll < 14) {
      return packs.next(random);
    }
    if (roll < 17) {
      return groups.next(random);
    }
    if (roll < 19) {
      return brands.next(random);
    }
    return "atc:" + codes.next(random);
  }

  /** One search text. */
  String query(Random random) {
    int roll = random.nextInt(10);
    String code = codes.next(random);
    if (roll < 6) {
      return code;
    }
    if (roll < 8) {
      return code.substring(0, Math.min(5, code.length()));
    }
    if (roll < 9) {
      return code.substring(0, Math.min(4, code.length()));
    }
    return names.next(random);
  }
}
