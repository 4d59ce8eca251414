import type { AnyRule, RowParser } from "../types";
import RL_AREA from "./RL-AREA";
import RL_AREA_2016 from "./RL-AREA-2016";
import RL_HANDOVER from "./RL-HANDOVER";
import RL_MODE from "./RL-MODE";
import RL_MOVED_IN from "./RL-MOVED-IN";
import RL_PERSONS from "./RL-PERSONS";
import RL_REQUIRED from "./RL-REQUIRED";
import RL_SELF_FUND from "./RL-SELF-FUND";
import RL_SUBSIDY from "./RL-SUBSIDY";
import { parseRelocationRow } from "./row";

/** SPEC §2.3, in catalogue order. Row rules are typed on RelocationRow; the runner parses rows with RELOCATION_ROW. */
export const RELOCATION_RULES = [
  RL_REQUIRED,
  RL_PERSONS,
  RL_MODE,
  RL_AREA,
  RL_AREA_2016,
  RL_SUBSIDY,
  RL_SELF_FUND,
  RL_HANDOVER,
  RL_MOVED_IN,
] as unknown as readonly AnyRule[];

export const RELOCATION_ROW: RowParser = parseRelocationRow;
