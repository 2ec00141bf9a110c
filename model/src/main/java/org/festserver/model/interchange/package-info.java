/** Interchange groups ({@code Byttegruppe}) for generic substitution, R-6.5.x. */
package org.festserver.model.interchange;
