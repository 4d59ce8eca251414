import XT_DUPLICATE from "./XT-DUPLICATE";
import XT_GRADE_MISMATCH from "./XT-GRADE-MISMATCH";
import XT_HISTORY_MISSING from "./XT-HISTORY-MISSING";
import XT_METHOD_MISMATCH from "./XT-METHOD-MISMATCH";
import XT_NOT_IN_PLAN from "./XT-NOT-IN-PLAN";
import XT_NOT_ON_ROSTER from "./XT-NOT-ON-ROSTER";
import XT_ROSTER_MISSING from "./XT-ROSTER-MISSING";
import XT_STILL_DANGEROUS from "./XT-STILL-DANGEROUS";
import type { CrossRule } from "./types";

/** SPEC §11, in catalogue order: run once over all tables of all files given, after the per-table pass. */
export const CROSS_RULES: readonly CrossRule[] = [
  XT_NOT_IN_PLAN,
  XT_GRADE_MISMATCH,
  XT_METHOD_MISMATCH,
  XT_HISTORY_MISSING,
  XT_STILL_DANGEROUS,
  XT_DUPLICATE,
  XT_ROSTER_MISSING,
  XT_NOT_ON_ROSTER,
];
