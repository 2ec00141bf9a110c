/**
 * The four medicine catalogs (brands, packs, substance groups, unit doses) and the parts they share through FEST's
 * abstract {@code Legemiddel} class ({@link org.festserver.model.medicine.MedicineInfo}).
 */
package org.festserver.model.medicine;
