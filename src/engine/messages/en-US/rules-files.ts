import type { rulesFiles as zh } from "../zh-CN/rules-files";

/** en-US: rule titles and messages of the rules across submissions and files (DF-*, SPEC §10; XT-*, SPEC §11); the same keys as zh-CN. */
export const rulesFiles: Readonly<
  Record<keyof typeof zh, { readonly title: string; readonly message: string }>
> = {
  // Half-year diff (anju diff, SPEC §10): {when} is the previous submission's date in brackets, or "".
  "DF-GONE": {
    title: "Household missing since last submission",
    message: "{name}: in {village}'s revisit table last time{when}, in no table of this submission.",
  },
  "DF-GONE.ambiguous": {
    title: "",
    message:
      "{name}: in {village}'s table last time{when}; this time the village has namesakes without valid IDs, so it cannot be told which one it is. Fill in the IDs.",
  },
  "DF-NEW": { title: "New household", message: "{name}: not in the previous submission ({village}): new." },
  "DF-NEW.ambiguous": {
    title: "",
    message:
      "{name}: namesakes in one village without valid IDs: cannot be matched with last time; listed as new.",
  },
  "DF-MOVED": {
    title: "Household moved to another village",
    message:
      "{name}: last time{when} in {from} (address “{fromAddress}”), now in {to} (address “{toAddress}”).",
  },
  "DF-ID-CHANGED": {
    title: "ID differs from last time",
    message: "{name}: ID last time{when} {from}, now {to} (matched by name and village): which is right?",
  },
  "DF-IMPROVED-NO-WORK": {
    title: "Dangerous house graded safe without works",
    message: "{name}: grade {from} last time{when}, {to} now, but no year of works since.",
  },
  "DF-IMPROVED-NO-WORK.wasD": {
    title: "",
    message: "{name}: grade D last time{when}, {to} now, but no 重建安置 year since.",
  },
  "DF-IMPROVED-NO-WORK.wasDOld": {
    title: "",
    message:
      "{name}: grade D last time{when}, {to} now, but the 重建安置 year {year} is before the last revisit's year {since}.",
  },
  "DF-IMPROVED-NO-WORK.wasC": {
    title: "",
    message: "{name}: grade C last time{when}, {to} now, but no 维修加固 or 重建安置 year since.",
  },
  "DF-IMPROVED-NO-WORK.wasCOld": {
    title: "",
    message:
      "{name}: grade C last time{when}, {to} now, but the year of works {year} is before the last revisit's year {since}.",
  },
  "DF-WORSENED": {
    title: "Grade worse than last time",
    message: "{name}: grade {from} last time{when}, {to} now.",
  },
  "DF-HISTORY-CHANGED": {
    title: "History differs from last time",
    message: "{name}: the renovation history differs from last time{when}.",
  },
  "DF-HISTORY-CHANGED.emptied": {
    title: "",
    message: "{name}: “{column}” was {from} last time{when}, now empty (history is not deleted).",
  },
  "DF-HISTORY-CHANGED.changed": {
    title: "",
    message: "{name}: “{column}” was {from} last time{when}, now {to}.",
  },
  "DF-HISTORY-CHANGED.ticked": {
    title: "",
    message: "{name}: last time{when} recorded {from}, now 未改造 is ticked.",
  },
  "DF-REVISIT-STALE": {
    title: "Revisit date not updated",
    message: "{name}: revisit date {to} is before last time's {from}.",
  },
  "DF-REVISIT-STALE.same": {
    title: "",
    message: "{name}: revisit date {to} is the same as last time: not revisited this half year (TZ 12.2).",
  },
  "DF-REVISIT-STALE.earlier": {
    title: "",
    message: "{name}: revisit date {to} is before last time's {from}: not revisited this half year.",
  },
  // Cross-table rules (XT-*, SPEC §11): the revisit tables against the ledgers, other files and the roster.
  "XT-NOT-IN-PLAN": {
    title: "Dangerous house not in the renovation plan",
    message:
      "{name}: graded {grade}, but in none of the renovation or relocation ledgers given; it belongs in this year's renovation plan.",
  },
  "XT-GRADE-MISMATCH": {
    title: "Grade differs from the renovation ledger",
    message:
      "{name}: graded {grade} in the revisit table, but {ledgerGrade} in the renovation ledger ({where}).",
  },
  "XT-METHOD-MISMATCH": {
    title: "Method differs from the renovation ledger",
    message: "{name}: the renovation ledger ({where}) says “{method}”, the revisit table ticks “{action}”.",
  },
  "XT-HISTORY-MISSING": {
    title: "Completed renovation missing from the revisit table",
    message:
      "{name}: the renovation ledger records {method} completed in {year}, yet the revisit table ticks “未改造”.",
  },
  "XT-HISTORY-MISSING.noYear": {
    title: "",
    message:
      "{name}: the renovation ledger ({where}) records {method} completed, yet the revisit table ticks “未改造”.",
  },
  "XT-HISTORY-MISSING.empty": {
    title: "",
    message:
      "{name}: the renovation ledger records {method} completed in {year}, yet the revisit table's “{column}” is empty.",
  },
  "XT-HISTORY-MISSING.year": {
    title: "",
    message:
      "{name}: the renovation ledger records {method} completed in {year}, yet the revisit table's “{column}” says {value}.",
  },
  "XT-STILL-DANGEROUS": {
    title: "Renovation completed, house still dangerous",
    message:
      "{name}: the renovation ledger ({where}) records {method} completed, yet the revisit table grades the house {grade}.",
  },
  "XT-DUPLICATE": {
    title: "Household in several files",
    message:
      "{name}: the same household is also in the revisit table at {where} (one household, one record).",
  },
  "XT-ROSTER-MISSING": {
    title: "Roster household not revisited",
    message: "{name}: on the low-income roster, but not in the revisit table of “{village}”.",
  },
  "XT-NOT-ON-ROSTER": {
    title: "Revisited household not on the roster",
    message: "{name}: not on the low-income roster given; check whether it is a household to revisit.",
  },
};
