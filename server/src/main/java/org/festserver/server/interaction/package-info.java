/**
 * Interaction checks and interaction search (R-8.x): the per-dataset {@link
 * org.festserver.server.interaction.InteractionIndex} (registered as a dataset warmer), the checker, the searcher and
 * their handlers. The matching rules themselves live in {@code org.festserver.model.interaction}; see
 * {@code docs/interactions.md}.
 */
package org.festserver.server.interaction;
