package org.festserver.server.interaction;

import java.util.List;

/** The answer to {@code POST /interactions/check}. */
public record CheckResult(List<InteractionJson> interactions, List<NotAssessedJson> notAssessed,
    List<UnresolvedItem> unresolved) {}
