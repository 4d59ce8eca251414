import DF_GONE from "./DF-GONE";
import DF_HISTORY_CHANGED from "./DF-HISTORY-CHANGED";
import DF_ID_CHANGED from "./DF-ID-CHANGED";
import DF_IMPROVED_NO_WORK from "./DF-IMPROVED-NO-WORK";
import DF_MOVED from "./DF-MOVED";
import DF_NEW from "./DF-NEW";
import DF_REVISIT_STALE from "./DF-REVISIT-STALE";
import DF_WORSENED from "./DF-WORSENED";
import type { DiffRule } from "./types";

/** SPEC §10, in catalogue order. */
export const DIFF_RULES: readonly DiffRule[] = [
  DF_GONE,
  DF_NEW,
  DF_MOVED,
  DF_ID_CHANGED,
  DF_IMPROVED_NO_WORK,
  DF_WORSENED,
  DF_HISTORY_CHANGED,
  DF_REVISIT_STALE,
];
