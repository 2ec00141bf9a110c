/** Interactions between two substance groups and codes not yet assessed, R-8.x. */
package org.festserver.model.interaction;
