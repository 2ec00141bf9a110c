package org.festserver.model.alert;

import org.festserver.model.entry.EntityKind;

/** A product an alert shows on: a pack, brand or substance group by its id. */
public record AlertTarget(EntityKind kind, String id) {}
