package org.festserver.server.interaction;

/**
 * An input covered by InteraksjonIkkeVurdert: {@code atc} is the not-assessed code (equal to or above one
 * of the input's codes) and {@code name} its display name. Not the same as "no known interaction".
 */
public record NotAssessedJson(String item, String atc, String name) {}
