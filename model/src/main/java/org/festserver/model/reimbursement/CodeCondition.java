package org.festserver.model.reimbursement;

import java.time.LocalDate;

/** A condition attached to a reimbursement code ({@code Refusjonsvilkar}), from {@code from} to {@code to} (exclusive). */
public record CodeCondition(String conditionRef, LocalDate from, LocalDate to) {}
