package org.festserver.tools.generate;

import java.time.LocalDate;
import java.util.List;

/**
 * A VarselSlv (alert, R-9) and what it points to. Texts are produced when writing, from the target's names.
 *
 * @param level which element class the alert is on: 1 brand, 2 pack, 3 substance group, 4 reimbursement group,
 *     0 none (general alert)
 * @param derived whether the links implied by R-9.5.1 (group to brands to packs) are written too
 */
record AlertDef(int index, String entryId, String type, List<String> audiences, LocalDate from, int family,
    int level, int brand, int pack, boolean derived, int reimbursement, boolean link, String anchorKey) {}
