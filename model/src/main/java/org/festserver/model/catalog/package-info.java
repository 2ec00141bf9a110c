/**
 * Pure FEST rules over the medicine catalogs: marketing state and the 3-month sale rules (R-6.1.x), price validity
 * interchange-group validity, substance-group membership of brands, short-dose
 * text, unregistered status and the Norwegian name order used for listings. Depends on
 * the JDK and the model records only.
 */
package org.festserver.model.catalog;
