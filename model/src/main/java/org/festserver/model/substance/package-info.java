/** Active substances ({@code Virkestoff}) and substances with strength ({@code VirkestoffMedStyrke}). */
package org.festserver.model.substance;
