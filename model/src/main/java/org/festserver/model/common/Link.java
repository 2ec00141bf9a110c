package org.festserver.model.common;

/** A link with an optional human description, shown instead of the raw URL. */
public record Link(String description, String url) {}
