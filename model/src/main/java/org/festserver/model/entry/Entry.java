package org.festserver.model.entry;

import java.util.Objects;

/**
 * One {@code Oppf*} entry as read from a file: its envelope, its catalog and, for an active entry, its payload.
 * Expired entries (status U) carry no payload.
 */
public record Entry(EntryHeader header, Catalog catalog, FestEntity entity) {

  public Entry {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(catalog, "catalog");
  }

  public boolean active() {
    return header.status() == EntryStatus.ACTIVE;
  }
}
