package org.festserver.model.entry;

/**
 * The envelope of one {@code Oppf*} entry: the id of this version of the entry, its registration time exactly as
 * in the file ({@code Tidspunkt}) and its status.
 */
public record EntryHeader(String entryId, String timestamp, EntryStatus status) {}
