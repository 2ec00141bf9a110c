package org.festserver.server.interaction;

import java.util.List;

/** A substansgruppe member in a response: its name, its ATC code or, without one, the substance ids it refers to. */
public record MemberJson(String name, String atc, List<String> substanceIds) {}
