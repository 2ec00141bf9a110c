/**
 * Interactions between two substance groups and codes not yet assessed (R-8.x), with the pure rules for using them:
 * ATC hierarchy matching ({@link org.festserver.model.interaction.AtcCode}), member and pair matching
 * ({@link org.festserver.model.interaction.InteractionMatching}), salts and their therapeutic parts
 * ({@link org.festserver.model.interaction.SubstanceEquivalence}), relevance order, who sees an interaction and the
 * handling paragraphs. JDK only.
 */
package org.festserver.model.interaction;
