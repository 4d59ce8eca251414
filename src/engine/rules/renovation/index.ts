import type { AnyRule, RowParser } from "../types";
import RN_AREA_PER_CAPITA from "./RN-AREA-PER-CAPITA";
import RN_AREA_SMALL_HH from "./RN-AREA-SMALL-HH";
import RN_D_REINFORCE from "./RN-D-REINFORCE";
import RN_FUND_EVIDENCE from "./RN-FUND-EVIDENCE";
import RN_GRADE from "./RN-GRADE";
import RN_MOVED_IN from "./RN-MOVED-IN";
import RN_REQUIRED from "./RN-REQUIRED";
import RN_SAFETY_OPINION from "./RN-SAFETY-OPINION";
import RN_SUBSIDY_RATE from "./RN-SUBSIDY-RATE";
import { parseRenovationRow } from "./row";

/** SPEC §2.4, in catalogue order. Row rules are typed on RenovationRow; the runner parses rows with RENOVATION_ROW. */
export const RENOVATION_RULES = [
  RN_REQUIRED,
  RN_GRADE,
  RN_D_REINFORCE,
  RN_AREA_SMALL_HH,
  RN_AREA_PER_CAPITA,
  RN_SAFETY_OPINION,
  RN_MOVED_IN,
  RN_FUND_EVIDENCE,
  RN_SUBSIDY_RATE,
] as unknown as readonly AnyRule[];

export const RENOVATION_ROW: RowParser = parseRenovationRow;
