/**
 * The entry envelope of an M30 file ({@code Oppf*}: entry id, registration time, status A/U) and the kinds of
 * entity a catalog holds. The entry id identifies one version of an entry; the entity key identifies the thing.
 */
package org.festserver.model.entry;
