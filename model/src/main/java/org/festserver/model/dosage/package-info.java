/** Structured dosages ({@code StrDosering}/{@code Kortdose}) from the Directorate of Health, R-7.2. */
package org.festserver.model.dosage;
