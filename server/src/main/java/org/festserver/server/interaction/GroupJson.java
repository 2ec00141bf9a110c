package org.festserver.server.interaction;

import java.util.List;

/**
 * One substansgruppe of an interaction in a response: {@code name} is its gruppenavn or, without one, the
 * names of its members; {@code substances} are its members.
 */
public record GroupJson(String name, List<MemberJson> substances) {}
