package org.festserver.model.interaction;

/** A literature reference of an interaction: its source text and an optional link. */
public record InteractionReference(String source, String url) {}
