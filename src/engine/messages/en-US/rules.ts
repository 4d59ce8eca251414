import type { rulesTables as zh } from "../zh-CN/rules";

/** en-US: rule titles and messages of the per-table rules (GEN, RV, SX) and their `ID.problem` refinements; the same keys as zh-CN. */
export const rulesTables: Readonly<
  Record<keyof typeof zh, { readonly title: string; readonly message: string }>
> = {
  "GEN-UNKNOWN-SHEET": {
    title: "Unrecognised sheet",
    message: "No revisit table or ledger found on this sheet; not checked.",
  },
  "GEN-MISSING-COLUMN": {
    title: "Missing column",
    message: "The header lacks the column “{column}”; checks that need it were skipped.",
  },
  "GEN-FORMULA-ERROR": {
    title: "Formula error",
    message: "{name}: the cell shows {value}; fix the formula or enter a value.",
  },
  "GEN-ID-INVALID": { title: "Invalid ID number", message: "{name}: ID number “{value}” fails GB 11643." },
  "GEN-ID-INVALID.length": {
    title: "",
    message: "{name}: ID number “{value}” must have 18 characters (17 digits and a check character).",
  },
  "GEN-ID-INVALID.birthDate": {
    title: "",
    message: "{name}: the birth date in ID number “{value}” does not exist.",
  },
  "GEN-ID-INVALID.checkDigit": {
    title: "",
    message: "{name}: the check character of ID number “{value}” is wrong.",
  },
  "GEN-DUPLICATE": { title: "Duplicate household", message: "{name}: duplicates row {rows}." },
  "GEN-DUPLICATE.workbook": {
    title: "",
    message: "{name}: the same household as {rows}; check whether it is recorded twice.",
  },
  "GEN-SEQ": {
    title: "Sequence break",
    message: "序号 “{value}” breaks the sequence; {expected} expected.",
  },
  "RV-META-MISSING": { title: "Missing table meta", message: "The meta row lacks “{label}”." },
  "RV-META-DATE": {
    title: "Bad fill date",
    message: "Fill date “{value}” is not a date, or is in the future.",
  },
  "RV-META-DATE.future": { title: "", message: "Fill date {value} is after today ({today})." },
  "RV-REQUIRED": { title: "Required cell empty", message: "{name}: “{column}” is empty." },
  "RV-PHONE": {
    title: "Bad phone number",
    message: "{name}: “{value}” is not a mainland mobile or landline number.",
  },
  "RV-PHONE.empty": { title: "", message: "{name}: no phone number given." },
  "RV-HISTORY-NONE": {
    title: "History missing",
    message: "{name}: tick 未改造 or give the year of the works.",
  },
  "RV-HISTORY-CONFLICT": {
    title: "History conflict",
    message: "{name}: 未改造 is ticked but {columns} is filled.",
  },
  "RV-HISTORY-YEAR": {
    title: "Bad year",
    message: "{name}: “{value}” in “{column}” is not a plausible year.",
  },
  "RV-HISTORY-YEAR.tooEarly": {
    title: "",
    message: "{name}: “{column}” {value} is before {min}; please check.",
  },
  "RV-HISTORY-YEAR.future": {
    title: "",
    message: "{name}: “{column}” {value} is after the fill year {max}.",
  },
  "RV-GRADE": { title: "Bad grade", message: "{name}: grade “{value}” must be one of A, B, C, D." },
  "RV-D-NOT-REBUILD": { title: "Grade D not rebuilt", message: "{name}: grade D must be ticked 重建安置." },
  "RV-C-NO-ACTION": {
    title: "Grade C without action",
    message: "{name}: grade C needs 维修加固 (or 重建安置).",
  },
  "RV-C-REBUILD": { title: "Grade C rebuilt", message: "{name}: grade C marked for rebuilding (allowed)." },
  "RV-AB-ACTION": { title: "Action on A/B", message: "{name}: grade {grade} with a disposition ticked." },
  "RV-ACTION-BOTH": { title: "Both actions", message: "{name}: 维修加固 and 重建安置 are both ticked." },
  "RV-REVISIT-DATE": {
    title: "Bad revisit date",
    message: "{name}: revisit date “{value}” is unreadable or after the fill date.",
  },
  "RV-REVISIT-DATE.afterFill": {
    title: "",
    message: "{name}: revisit date {value} is after the fill date {fillDate}.",
  },
  "RV-REVISIT-OVERDUE": {
    title: "Revisit overdue",
    message: "{name}: last revisit {value} is before {due}.",
  },
  "RV-REVISIT-BEFORE-WORK": {
    title: "Revisit before works",
    message: "{name}: revisited in {revisitYear}, before the works of {workYear}.",
  },
  "RV-REBUILT-DANGEROUS": {
    title: "New house graded dangerous",
    message: "{name}: rebuilt in {year} yet graded {grade}.",
  },
  "RL-REQUIRED": { title: "Required cell empty", message: "{name}: “{column}” is empty." },
  "RL-REQUIRED.area": {
    title: "",
    message: "{name}: “{column}” is empty (only 货币化安置 may leave the house area empty).",
  },
  "RL-REQUIRED.year": { title: "", message: "{name}: “{value}” in “{column}” is not a year." },
  "RL-PERSONS": {
    title: "Bad household size",
    message: "{name}: 家庭人口 “{value}” must be a whole number from 1 to {max}.",
  },
  "RL-MODE": {
    title: "Bad resettlement mode",
    message: "{name}: 安置方式 “{value}” must be 集中安置, 分散安置 or 货币化安置.",
  },
  "RL-AREA": {
    title: "House too large",
    message: "{name}: {persons} persons, {area} m², {perCapita} m² per person, over {max} m².",
  },
  "RL-AREA.noMark": {
    title: "",
    message:
      "{name}: {persons} persons, {area} m², {perCapita} m² per person, over {max} m²; a {year} 集中安置 household up to {exceptionMax} m² must be marked 是 under 共有产权整改.",
  },
  "RL-AREA.unreadable": { title: "", message: "{name}: house area “{value}” is not a number (m²)." },
  "RL-AREA-2016": {
    title: "2016 oversize under co-ownership",
    message:
      "{name}: {year} 集中安置, {perCapita} m² per person (over {max}, within {exceptionMax}); co-ownership rectification pending.",
  },
  "RL-SUBSIDY": {
    title: "Subsidy too low",
    message:
      "{name}: {mode}, {persons} persons, subsidy {subsidy} yuan, below {persons} × {rate} = {required} yuan.",
  },
  "RL-SUBSIDY.empty": {
    title: "",
    message: "{name}: subsidy empty; {mode} for {persons} persons needs at least {required} yuan.",
  },
  "RL-SUBSIDY.unreadable": { title: "", message: "{name}: subsidy “{value}” is not an amount." },
  "RL-SELF-FUND": {
    title: "Self-funding too high",
    message: "{name}: self-funding {selfFund} yuan, over {persons} × {perPerson} = {limit} yuan.",
  },
  "RL-SELF-FUND.household": {
    title: "",
    message: "{name}: self-funding {selfFund} yuan, over {limit} yuan per household.",
  },
  "RL-SELF-FUND.unreadable": { title: "", message: "{name}: self-funding “{value}” is not an amount." },
  "RL-HANDOVER": {
    title: "Not accepted or keys not handed over",
    message: "{name}: a 集中安置 house needs 竣工验收 (是 or report number) and 交付钥匙 (是 or date).",
  },
  "RL-MOVED-IN": {
    title: "Not accepted or not moved in",
    message: "{name}: {mode} needs a quality acceptance (竣工验收) and 入住情况 已入住.",
  },
  "RN-REQUIRED": { title: "Required cell empty", message: "{name}: “{column}” is empty." },
  "RN-REQUIRED.persons": {
    title: "",
    message: "{name}: “{value}” in “{column}” must be a whole number from 1 to {max}.",
  },
  "RN-GRADE": { title: "Bad grade", message: "{name}: 危房等级 “{value}” must be C or D." },
  "RN-D-REINFORCE": {
    title: "Grade D reinforced",
    message: "{name}: a grade D house must be rebuilt, not “{method}”.",
  },
  "RN-AREA-SMALL-HH": {
    title: "Floor area out of band (1–3 persons)",
    message: "{name}: D rebuilt for {persons} persons with {area} m²; {min}–{max} m² expected.",
  },
  "RN-AREA-PER-CAPITA": {
    title: "Floor area per person out of band",
    message:
      "{name}: D rebuilt for {persons} persons with {area} m² ({perCapita} m² per person); {min}–{max} m² per person expected.",
  },
  "RN-SAFETY-OPINION": {
    title: "No safety opinion",
    message: "{name}: “{column}” shows no 安全性评定意见 from the county.",
  },
  "RN-MOVED-IN": {
    title: "Not accepted or not moved in",
    message: "{name}: 竣工验收 must be 是 and 入住情况 已入住.",
  },
  "RN-FUND-EVIDENCE": {
    title: "Payment evidence missing",
    message: "{name}: 建设方式 “{buildMode}” needs “{column}” 是.",
  },
  "RN-SUBSIDY-RATE": {
    title: "Subsidy differs from the rate",
    message: "{name}: {method} subsidy {subsidy} yuan differs from the rate {rate} yuan per household.",
  },
  "RL-HANDOVER.acceptance": {
    title: "",
    message: "{name}: a 集中安置 house needs “{acceptanceColumn}” 是 or the acceptance report number.",
  },
  "RL-HANDOVER.keys": {
    title: "",
    message: "{name}: the keys of a 集中安置 house must be handed over; “{keysColumn}” needs 是 or the date.",
  },
  "RL-HANDOVER.both": {
    title: "",
    message:
      "{name}: a 集中安置 house needs “{acceptanceColumn}” 是 (or a report number) and “{keysColumn}” 是 (or the date).",
  },
  "RL-MOVED-IN.acceptance": {
    title: "",
    message: "{name}: {mode} needs a quality acceptance; “{acceptanceColumn}” needs 是 or the report number.",
  },
  "RL-MOVED-IN.movedIn": {
    title: "",
    message: "{name}: {mode} households must have moved in; “{movedInColumn}” needs 已入住.",
  },
  "RL-MOVED-IN.both": {
    title: "",
    message:
      "{name}: {mode} needs “{acceptanceColumn}” 是 (or a report number) and “{movedInColumn}” 已入住.",
  },
  "RN-AREA-SMALL-HH.empty": {
    title: "",
    message: "{name}: D rebuilt for {persons} persons with no floor area; {min}–{max} m² expected.",
  },
  "RN-AREA-SMALL-HH.unreadable": {
    title: "",
    message: "{name}: floor area “{value}” is not a number (m²).",
  },
  "RN-AREA-PER-CAPITA.empty": {
    title: "",
    message: "{name}: D rebuilt for {persons} persons with no floor area; {low}–{high} m² expected.",
  },
  "RN-AREA-PER-CAPITA.unreadable": {
    title: "",
    message: "{name}: floor area “{value}” is not a number (m²).",
  },
  "RN-SAFETY-OPINION.no": {
    title: "",
    message: "{name}: “{column}” is “{value}”; the county must issue a 安全性评定意见.",
  },
  "RN-MOVED-IN.acceptance": {
    title: "",
    message: "{name}: “{acceptanceColumn}” must be 是 (accepted on completion).",
  },
  "RN-MOVED-IN.movedIn": {
    title: "",
    message: "{name}: “{movedInColumn}” must be 已入住 (moved in, verified).",
  },
  "RN-MOVED-IN.both": {
    title: "",
    message: "{name}: “{acceptanceColumn}” must be 是 and “{movedInColumn}” 已入住.",
  },
  "RN-FUND-EVIDENCE.self": {
    title: "",
    message: "{name}: self-built (“{buildMode}”) needs the 一卡通 and bank receipt: “{column}” 是.",
  },
  "RN-FUND-EVIDENCE.unified": {
    title: "",
    message:
      "{name}: built by the county (“{buildMode}”) needs the agreement and payment voucher: “{column}” 是.",
  },
  "RN-SUBSIDY-RATE.unreadable": {
    title: "",
    message: "{name}: subsidy “{value}” is not an amount ({method} rate {rate} yuan per household).",
  },
  // Own forms (SPEC §13): a missing column with the band's unrecognised headers as candidates.
  "GEN-MISSING-COLUMN.candidates": {
    title: "",
    message:
      "The header lacks the column “{column}”; checks that need it were skipped. Headers not recognised: {candidates}; if one of them is “{column}”, name it with 对应表头 (command line: --map {column}=header).",
  },
};
