/**
 * Conditions ({@code Vilkar}) with their structured parts (code system 7439), R-5.7 and, and the pure rules:
 * who a condition applies to ({@link org.festserver.model.condition.ConditionAudience}) and whether its age and sex
 * parts are met by a patient ({@link org.festserver.model.condition.ConditionEvaluator}). JDK only.
 */
package org.festserver.model.condition;
