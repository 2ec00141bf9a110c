package org.festserver.server.interaction;

/** The kinds of check input, by their prefix in the item syntax {@code KIND:VALUE}. */
enum ItemKind {
  ATC("atc"),
  PACK("pack"),
  BRAND("brand"),
  SUBSTANCE_GROUP("substance-group"),
  SUBSTANCE("substance");

  private final String prefix;

  ItemKind(String prefix) {
    this.prefix = prefix;
  }

  String prefix() {
    return prefix;
  }

  static ItemKind ofPrefix(String prefix) {
    for (ItemKind kind : values()) {
      if (kind.prefix.equals(prefix)) {
        return kind;
      }
    }
    return null;
  }
}
