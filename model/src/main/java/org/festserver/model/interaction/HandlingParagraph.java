package org.festserver.model.interaction;

/** One headed paragraph of an interaction's handling text; {@code heading} is null for text before any heading. */
public record HandlingParagraph(String heading, String text) {}
