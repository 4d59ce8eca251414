import type { AnyRule, RowParser } from "../types";
import RV_AB_ACTION from "./RV-AB-ACTION";
import RV_ACTION_BOTH from "./RV-ACTION-BOTH";
import RV_C_NO_ACTION from "./RV-C-NO-ACTION";
import RV_C_REBUILD from "./RV-C-REBUILD";
import RV_D_NOT_REBUILD from "./RV-D-NOT-REBUILD";
import RV_GRADE from "./RV-GRADE";
import RV_HISTORY_CONFLICT from "./RV-HISTORY-CONFLICT";
import RV_HISTORY_NONE from "./RV-HISTORY-NONE";
import RV_HISTORY_YEAR from "./RV-HISTORY-YEAR";
import RV_META_DATE from "./RV-META-DATE";
import RV_META_MISSING from "./RV-META-MISSING";
import RV_PHONE from "./RV-PHONE";
import RV_REBUILT_DANGEROUS from "./RV-REBUILT-DANGEROUS";
import RV_REQUIRED from "./RV-REQUIRED";
import RV_REVISIT_BEFORE_WORK from "./RV-REVISIT-BEFORE-WORK";
import RV_REVISIT_DATE from "./RV-REVISIT-DATE";
import RV_REVISIT_OVERDUE from "./RV-REVISIT-OVERDUE";
import { parseRevisitRow } from "./row";

/** SPEC §2.2, in catalogue order. Row rules are typed on RevisitRow; the runner parses rows with REVISIT_ROW. */
export const REVISIT_RULES = [
  RV_META_MISSING,
  RV_META_DATE,
  RV_REQUIRED,
  RV_PHONE,
  RV_HISTORY_NONE,
  RV_HISTORY_CONFLICT,
  RV_HISTORY_YEAR,
  RV_GRADE,
  RV_D_NOT_REBUILD,
  RV_C_NO_ACTION,
  RV_C_REBUILD,
  RV_AB_ACTION,
  RV_ACTION_BOTH,
  RV_REVISIT_DATE,
  RV_REVISIT_OVERDUE,
  RV_REVISIT_BEFORE_WORK,
  RV_REBUILT_DANGEROUS,
] as unknown as readonly AnyRule[];

export const REVISIT_ROW: RowParser = parseRevisitRow;
