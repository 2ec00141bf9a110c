package org.festserver.model.codesystem;

import org.festserver.model.common.Coded;

/** A term of a code, with an optional description and language (code system 3303: NO, EN). */
public record Term(String term, String description, Coded language) {}
