/** Conditions ({@code Vilkar}) with their structured parts (code system 7439), R-5.7 and. */
package org.festserver.model.condition;
