package org.festserver.server.interaction;

/** A coded value in a response: the code exactly as in the file and its display text. */
public record CodeText(String code, String text) {}
