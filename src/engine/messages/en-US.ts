import type { Catalogue } from "./zh-CN";

/** The en-US catalogue: the same keys as zh-CN; a missing key falls back to zh-CN. */
export const enUS: Catalogue = {
  rules: {
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
    "GEN-DUPLICATE": { title: "Duplicate household", message: "{name}: duplicates row {rows}." },
    "GEN-SEQ": {
      title: "Sequence break",
      message: "序号 “{value}” breaks the sequence; {expected} expected.",
    },
    "RV-META-MISSING": { title: "Missing table meta", message: "The meta row lacks “{label}”." },
    "RV-META-DATE": {
      title: "Bad fill date",
      message: "Fill date “{value}” is not a date, or is in the future.",
    },
    "RV-REQUIRED": { title: "Required cell empty", message: "{name}: “{column}” is empty." },
    "RV-PHONE": {
      title: "Bad phone number",
      message: "{name}: “{value}” is not a mainland mobile or landline number.",
    },
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
      message:
        "{name}: the keys of a 集中安置 house must be handed over; “{keysColumn}” needs 是 or the date.",
    },
    "RL-HANDOVER.both": {
      title: "",
      message:
        "{name}: a 集中安置 house needs “{acceptanceColumn}” 是 (or a report number) and “{keysColumn}” 是 (or the date).",
    },
    "RL-MOVED-IN.acceptance": {
      title: "",
      message:
        "{name}: {mode} needs a quality acceptance; “{acceptanceColumn}” needs 是 or the report number.",
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
  },
  severity: { error: "Error", warning: "Warning", info: "Info" },
  kind: {
    revisit: "revisit table",
    relocation: "relocation ledger",
    renovation: "renovation ledger",
    roster: "low-income roster",
  },
  ui: {
    appName: "Anju housing-ledger checker",
    checkSheet: "Check this sheet",
    checkAll: "Check all sheets",
    clearMarks: "Clear marks",
    townshipSummary: "Township summary",
    citySummary: "City summary",
    sample: "Spot-check sample",
    resultsSheet: "校验结果",
    colSheet: "Sheet",
    colRow: "Row",
    colCells: "Cells",
    colSeverity: "Severity",
    colRule: "Rule",
    colMessage: "Message",
    colClause: "Clause",
    colLink: "Go to",
    linkText: "Go",
    noteHeader: "[{ruleId}] {severity}",
    noteClause: "Clause: {clause}",
    cliNoFindings: "No findings.",
    cliCounts: "{error} errors, {warning} warnings, {info} notes",
    cliTable: "Sheet “{sheet}”: {kind}, header rows {headerRows}, data rows {first}–{last}",
    cliWrote: "Annotated copy written: {path}",
    // Task pane and browser page (src/ui, src/taskpane, src/web).
    paneActions: "Actions",
    paneCancel: "Cancel",
    paneCancelled: "Cancelled.",
    paneWorking: "Working…",
    progressReading: "Reading the workbook…",
    progressChecking: "Checking…",
    progressMarking: "Marking cells…",
    progressClearing: "Clearing marks…",
    progressSummary: "Building the summary…",
    progressSample: "Drawing the sample…",
    progressAnnotating: "Writing the annotated copy…",
    progressSheet: "Sheet: {sheet}",
    progressSheets: "{count} sheets",
    paneFindings: "Findings",
    paneCounts: "{total} in all: {error} errors, {warning} warnings, {info} notes",
    paneShowing: "Showing {shown} of {total}",
    paneNoFindings: "No findings.",
    paneNotChecked: "Not checked yet. Choose “Check this sheet” or “Check all sheets”.",
    paneFilterSeverity: "Severity",
    paneFilterRule: "Rule",
    paneFilterSheet: "Sheet",
    paneFilterAll: "All",
    paneSearch: "Search household, cell or message",
    paneClearFilters: "Clear filters",
    paneNoMatch: "No findings match the filters.",
    paneColLocation: "Where",
    paneColMessage: "Message",
    paneRowOnly: "row {row}",
    paneReveal: "Go to {sheet} {where}: {message}",
    paneRuleInfo: "About this rule",
    paneRuleInfoFor: "About rule {ruleId} and its source",
    paneGroupCount: "{name} ({count})",
    paneRuleId: "Rule ID",
    paneRuleSeverity: "Severity",
    paneRuleText: "Rule",
    paneRuleThisFinding: "This finding",
    paneRuleClause: "Clause",
    paneRuleQuote: "From the standard",
    paneRuleNoQuote: "The text of this clause is not among the bundled sources.",
    paneRuleNoClause: "This rule cites no clause of a standard.",
    paneClose: "Close",
    docTZ: "Taizhou standard on housing-safety monitoring for low-income rural households",
    docSX: "Shaanxi Annex 3: recognising safe housing on exit from poverty",
    docGB11643: "GB 11643-1999 Citizen identification number",
    paneSamplePercent: "Sample size (%)",
    paneSampleSeed: "Random seed",
    paneSampleSeedHelp: "The same seed gives the same sample again",
    paneSampleInvalid: "The percentage must be between 1 and 100 and the seed a whole number.",
    paneCityPick: "Choose township summary workbooks (.xlsx, several allowed)",
    paneCityNoFiles: "Choose at least one township summary workbook first.",
    paneSummary: "Summary preview",
    paneSummaryTownship: "Township summary (by village)",
    paneSummaryCity: "City summary (by township)",
    paneSummarySample: "Spot-check sample",
    paneSummarySheets: "Sheets written: {sheets}",
    paneSummaryDownload: "Download {fileName}",
    paneSummaryEmpty: "The summary is empty.",
    sumName: "Name",
    sumCity: "City/district",
    sumHouseholds: "Households",
    sumGradeA: "A",
    sumGradeB: "B",
    sumGradeC: "C",
    sumGradeD: "D",
    sumUnrated: "Unrated",
    sumHistNone: "Never renovated",
    sumHistReinforced: "Reinforced",
    sumHistRebuilt: "Rebuilt",
    sumPlanReinforce: "To reinforce",
    sumPlanRebuild: "To rebuild",
    sumOverdue: "Revisit overdue",
    sumErrors: "Errors",
    sumWarnings: "Warnings",
    sumSubsidy: "Subsidy (yuan)",
    sumAppraisal: "Appraisal costs (yuan)",
    sumTotal: "Total",
    sumSubtotal: "{name} subtotal",
    // Summaries (src/engine/summary). The 表A.1 headers stay Chinese (the standard's form): zh-CN is the fallback.
    summaryColTownship: "Township",
    summaryColVillage: "Village",
    summaryColSource: "Source (file / sheet)",
    summaryColNameFrom: "Village name from",
    summaryColCityFrom: "City/district from",
    summaryColDetail: "Detail",
    summaryColRules: "Rules",
    summaryColFile: "Source file",
    summaryColSheet: "Sheet",
    summaryColRow: "Row",
    summaryColKind: "Kind",
    summaryColReason: "Reason",
    summaryGroupHistory: "Past renovation",
    summaryGroupGrade: "Safety grade",
    summaryGroupPlanned: "Disposition",
    summaryGroupFindings: "Findings",
    summaryTownshipTitle: "{township}: housing safety of low-income households, statistics",
    summaryCityTitle: "City summary: housing safety of low-income households",
    summaryConsolidatedMeta: "Township: {township}    Date: {date}",
    summaryCityTableMeta: "City/district: {city}    Date: {date}",
    summaryFiles: "Source files: {files}",
    summaryGenerated: "Generated: {date}    Rule set: {version}",
    summaryRates:
      "Subsidy rates (TZ 8.2): {rates}; appraisal costs (TZ 8.4): {appraisal} yuan per C/D household",
    summaryRate: "{cities} rebuild {rebuild} yuan, reinforce {reinforce} yuan per household",
    summaryCityConfig: "{township}: city/district {city} (from townshipCity in the configuration)",
    summaryCityTownship: "{township}: city/district {city} (from the township's name)",
    summaryCityAddress:
      "{township}: city/district {city} (from addresses: {count} of {total} start with “{city}”)",
    summaryCityVote: "{city} {count}",
    summaryCityConflict:
      "{township}: addresses start with different cities/districts ({votes}); counted as {city}, the most frequent — please check or set townshipCity",
    summaryCityNone:
      "{township}: no city/district in the configuration or the addresses; shown as 未指定 with default rates — set townshipCity",
    summaryCityFrom_config: "configuration",
    summaryCityFrom_township: "township name",
    summaryCityFrom_address: "addresses",
    summaryCityFrom_none: "unspecified",
    summaryVillageFromSheet:
      "{file} / {sheet}: no village in the meta row; named after the sheet “{village}”",
    summaryTownshipFromWorkbook:
      "{file} / {sheet}: no township in the meta row; counted as {township} like the workbook's other tables",
    summaryTownshipFromFile:
      "{file} / {sheet}: no township in the meta row; named after the file “{township}”",
    summaryNameMeta: "meta row",
    summaryNameSheet: "sheet name",
    summarySourceRow: "{file} / {sheet} row {row}",
    summarySourceSheet: "{file} / {sheet}",
    summaryRowN: "row {row}",
    summaryNoHouseholds: "No household of a revisit table was found.",
    summaryDetailTitle: "Detail (one line per household, to check every figure of the statistics)",
    summaryDetailHelp:
      "Filter by village or township: the sums of households, to reinforce, to rebuild, overdue, errors, warnings, subsidy and appraisal columns are the statistics' figures; filter history and grade by their words. Findings of a table rather than a household get a line of their own with 0 households.",
    summaryTableLevel: "(table-level findings)",
    summaryMore: "… {count} more, see the 安全住房率 sheet",
    summarySafeTitle: "Safe-housing rate (SX 二.2: 97 % of the county's households)",
    summarySafeInfo:
      "Safe = relocation and renovation households whose ledger rows pass every rule (no error) + A/B households of the revisit tables; rate = safe ÷ all households.",
    summarySafeRate: "Safe-housing rate",
    summarySafeTarget: "Target",
    summarySafeSafe: "of which safe",
    summarySafeAll: "All households",
    summarySafeMet: "met",
    summarySafeMissed: "not met",
    summarySafeNone: "no households, no rate",
    summarySafeDuplicates:
      "A household listed both in a ledger and in a revisit table counts twice (matching households across tables is not built yet).",
    summarySafeUnsafe: "Households that pull the rate down ({count})",
    summarySafeLine: "Safe-housing rate: {safe}/{households} = {rate}, target {target}, {verdict}",
    summaryReasonGrade: "graded {grade}",
    summaryReasonUnrated: "no safety grade",
    summaryReasonRules: "ledger errors: {rules}",
    summarySampleTitle: "Spot-check sample (SX 四, TZ 12.5)",
    summarySampleInfo:
      "Sample: {percent}% of the households of each township at random (rounded up, at least one each); seed {seed} — run with --seed {seed} to draw the same sample.",
    summarySampleDate: "Drawn on {date}",
    summarySampleStratum: "{township}: {households} households, {drawn} drawn",
    summarySampleResult: "Result",
    summarySampleInspector: "Inspector",
    summarySampleRemark: "Remarks",
    summaryWrote: "Summary written: {path} (sheets: {sheets})",
    summaryNoTables: "no revisit table or ledger found in the input files, nothing to summarise",
    summaryFromSummary:
      "{file}: no village tables; counted from its 乡镇汇总 sheet (errors and warnings are those of that sheet)",
    paneUnavailableSummary: "Summaries are still being built and not available yet.",
    paneUnavailableOffice: "This build has no connection to Excel yet; the buttons are disabled.",
    paneError: "Something went wrong: {message}",
    paneMarksCleared: "Marks cleared.",
    paneChecked: "Check finished.",
    outsideTitle: "Open this in Excel",
    outsideBody:
      "This page is the task pane of the Anju Excel add-in and only works inside Excel (Home › Add-ins, or Insert › My Add-ins).",
    outsideWeb:
      "No add-in, or using WPS? Use the browser page: it checks an .xlsx file right in the browser, nothing is uploaded.",
    outsideWebLink: "Open the browser page",
    outsideConnecting: "Connecting to Excel…",
    webTitle: "Anju housing-ledger checker (browser)",
    webLocal: "The file is read and checked in this browser only; it is never uploaded.",
    webChoose: "Choose a workbook file",
    webDrop: "or drop it here",
    webDropZone: "Choose or drop the workbook to check (.xlsx, .xls, .et, .ods, .csv)",
    webFile: "File: {name}",
    webDownloadAnnotated: "Download annotated copy",
    webAnnotatedName: "{base}.annotated.xlsx",
    webSummaryName: "{base}-township-summary.xlsx",
    webPreview: "Sheet preview",
    webPreviewEmpty:
      "Choose a file to preview its sheets here, marked cells in the same colours as in Excel.",
    webSheetTabs: "Sheets",
    webSheetSize: "{rows} rows × {cols} columns",
    webCellMarked: "{address}: {messages}",
    webLegendError: "Error",
    webLegendWarning: "Warning",
    webLegendInfo: "Info",
    webOffline: "Offline copy",
    paneToggleGroup: "Expand or collapse this group",
    paneFindingsList: "List of findings",
    webPickFirst: "Choose the workbook to check first (.xlsx, .xls, .et, .ods or .csv).",
    webCitySummaryName: "city-summary.xlsx",
    webSampleName: "{base}-sample.xlsx",
    paneSampleInfo: "{percent}% sample, seed {seed}: {count} households drawn.",
    sumTownship: "Township",
    sumVillage: "Village",
    sumHead: "Head of household",
    sumAddress: "Address",
    readNotFound: "cannot read file: {path}",
    readNotZip:
      "not a workbook that can be checked (not an Excel, WPS, ODS or CSV table{whatEn}); save it as .xlsx in Excel or WPS first",
    readNotWorkbook:
      "this zip holds no Excel workbook (a Word document or another file?); choose an .xlsx workbook",
    readEncrypted:
      "the workbook is password-protected (encrypted); remove the password in Excel and save as .xlsx",
    readXls:
      "this is an Office compound file that holds no Excel workbook (another program's file?); choose a workbook",
    readCsv: "the CSV file cannot be read: {reasonEn}; open it in Excel or WPS and save it as .xlsx",
    readCorrupt:
      "the file is damaged or truncated and cannot be opened as .xlsx; open it in Excel or WPS and save as .xlsx",
    readUnsafeXml:
      "the workbook contains a DTD/entity declaration (Excel never writes one; possibly hostile); not read",
    readTooLarge:
      "the workbook expands beyond the {mb} MB limit (configurable as limits.maxUncompressedBytes); not read",
    readTooManyCells:
      "the workbook has more than {max} cells, merged areas included (configurable as limits.maxCells); not read",
    readEmpty: "the file is empty (0 bytes)",
    readNoSheets: "the workbook has no sheets",
    readUnsupported:
      "the workbook was checked but an annotated copy cannot be written ({reasonEn}); save it as .xlsx in Excel and retry",
    limitFindings:
      "more than {max} findings (configurable as limits.maxFindings); the check stopped there: the table may be shifted or not a ledger, check its header and columns",
    officeWorkbook: "this workbook",
    officeSheetProtected:
      "Sheet “{sheet}” is protected: checked, but no marks were written. Unprotect it (Review tab) and check again.",
    officeReadOnly:
      "The workbook is open read-only: checked, but no marks were written. Open it for editing (or save a copy) and check again.",
    officeCellEditMode: "Excel is editing a cell; press Enter or Esc and try again.",
    officeAccessDenied:
      "Excel refused the change (protected sheet or workbook, or opened read-only); marking was not completed.",
    officeTooLarge: "The table is too large for Excel to handle at once; split the sheet and try again.",
    officeFailed: "Excel reported an error: {message}",
    officeForeignNotes:
      "{count} cells already had a note and were left as they were; those findings are listed in the task pane only.",
    officeStateNote:
      "Anju internal record: each marked cell's original fill, used to restore it when marks are cleared. Do not edit or delete this sheet.",
    officeStateDamaged:
      "{count} rows of the mark record were edited; those cells' original fills cannot be restored.",
    officeNoLiveRecheck:
      "This Excel cannot re-check edits automatically (needs ExcelApi 1.7, Excel 2019 or later); check again after editing.",
    officeResultsSheet:
      "This Excel has no cell notes; the findings were written to the 校验结果 sheet with links to their cells.",
    officeCityFileUnreadable: "“{file}” cannot be read: {reason}",
    officeRibbonTitle: "Check this sheet",
    officeRibbonDone: "Sheet “{sheet}” checked: {error} errors, {warning} warnings, {info} notes.",
    officeCommentsRefused:
      "A cell already had a note, so no comments could be added; the findings were written to the 校验结果 sheet with links instead.",
    officeOwnSheet: "“{sheet}” was written by Anju and is not checked; switch to the village sheet to check.",
    officeRibbonNone: "Sheet “{sheet}” checked: no problems found.",
    officeRibbonNoTable: "No revisit table or ledger was found on sheet “{sheet}”.",
    officeRibbonOpenPane: "Open the task pane to see each finding and go to its cells.",
    officeRibbonClose: "Close",
    // Own forms (SPEC §13): --map and anju fill.
    mapBad: "--map must be field=header (e.g. --map 竣工验收=完工核验): {arg}",
    mapUnknownField:
      "--map: “{field}” is no field of any table kind (use the SPEC's column name, e.g. 竣工验收, 户主姓名, 处理意见 维修加固)",
    mapNoHeader: "--map {field}={header}: no table checked has the header “{header}”",
    fillFilled: "Filled {cells} cells ({rows} rows):",
    fillRow: "{sheet} row {row} {name}",
    fillUnmatchedRows: "Rows whose name matches no village or township of the inputs ({count}, not filled):",
    fillUnmatchedLabels: "Header labels that are no statistic ({count}, not filled):",
    fillFormulaCells: "Cells holding a formula were not written: {cells}",
    fillWrote: "Wrote {path} (its formulas are recalculated when it is opened)",
    fillNoForm:
      "no summary form found in “{file}”: a header row naming statistics (户数, A级, 危房户数 …) and a 村（社区） or 乡镇（街道） name column are needed",
    fillFormNotXlsx: "the form must be an .xlsx or .xlsm workbook (save it as .xlsx in Excel or WPS): {file}",
    fillNeedsFiles: "fill takes a form file and at least one township (village) workbook",
    fillNeedsOut: "fill needs --out <filled form.xlsx>",
    fillOutIsInput: "--out must not be the form or an input file (they are never modified): {file}",
    // WPS host (src/hosts/wps, src/wps): notices and errors inside WPS Spreadsheets.
    wpsWorkbook: "Current workbook",
    wpsNoWorkbook: "No workbook is open in WPS Spreadsheets; open the table to check first.",
    wpsFailed: "WPS Spreadsheets returned an error: {message}",
    wpsSheetProtected:
      "Sheet “{sheet}” is protected: checked, but nothing was written. Unprotect it (Review tab) and check again.",
    wpsReadOnly:
      "The workbook is open read-only: checked, but no marks were written. Open it for editing (or save a copy) and check again.",
    wpsStructureProtected:
      "The workbook structure is protected, so the hidden sheet that keeps the original fills cannot be added; no marks were written. Unprotect the workbook (Review tab) and check again.",
    wpsForeignComments:
      "{count} cells already had your own comments; they were kept and no Anju comment was added. Those findings are listed in the 校验结果 sheet.",
    wpsStateNote:
      "Anju's internal record: each cell's fill before marking, restored by Clear marks. Do not edit or delete this sheet.",
    wpsStateDamaged:
      "{count} rows of the mark record were edited; those cells' original fills cannot be restored.",
    wpsOwnSheet: "“{sheet}” is a sheet Anju wrote and is not checked; switch to a village sheet to check.",
    wpsConnecting: "Connecting to WPS Spreadsheets…",
    wpsUnavailable:
      "Could not reach WPS Spreadsheets (no window.Application); open the pane from the 安居核查 tab.",
    wpsRibbonNoWorkbook: "Open the table to check first.",
    // Blank tables (SPEC §12, anju template, 插入空白表): input messages, error alerts, page and pane.
    tplHintHead: "Name of the head of household (required).",
    tplHintAddress: "Address of the house (required), e.g. town, village, group, number.",
    tplHintPlace: "Name of the county (district), township and village.",
    tplHintRemark: "Anything that needs explaining.",
    tplHintPhone:
      "An 11-digit mobile number or a landline with its area code (e.g. 0523-86123456); separate several numbers with “、”.",
    tplErrorPhone:
      "“{column}” should be an 11-digit mobile number or a landline with its area code. Choose Yes to keep it.",
    tplHintId: "The 18-character ID number (the last may be X).",
    tplErrorId: "“{column}” must be an 18-character ID number.",
    tplHintTick: "Pick {tick} from the list where it applies; leave empty otherwise.",
    tplErrorTick: "“{column}” takes only {tick} or nothing.",
    tplHintYear: "The year of the works (four digits, e.g. 2019); leave empty if none.",
    tplErrorYear: "“{column}” must be a year from {min} to {max}.",
    tplHintDate: "A date, e.g. 2024-06-30 or 2024/6/30.",
    tplErrorDate: "“{column}” must be a date from {from} to {to}, e.g. 2024-06-30.",
    tplListJoin: ", ",
    tplHintList: "Pick from the list: {values}.",
    tplErrorList: "“{column}” must be one of {values}; pick it from the list.",
    tplHintListOpen: "Pick from the list: {values}; a {other} is also accepted.",
    tplErrorListOpen: "“{column}” is usually {values}; a {other} is also accepted. Choose Yes to keep it.",
    tplHintWhole: "A whole number from {min} to {max}.",
    tplErrorWhole: "“{column}” must be a whole number from {min} to {max}.",
    tplHintAmount: "A number (unit: {unit}), not negative.",
    tplErrorAmount: "“{column}” must be a number of at least 0 (unit: {unit}).",
    tplErrorTitle: "{column}: invalid entry",
    tplOtherReport: "acceptance report number",
    tplOtherKeyDate: "hand-over date",
    tplOtherOpinion: "opinion number",
    tplKindRevisit: "Table A.1 revisit table",
    tplKindRelocation: "relocation ledger",
    tplKindRenovation: "renovation ledger",
    tplWritten:
      "Blank {kind} written: {file} (sheet “{sheet}”, header rows {header}, data rows {first}–{last}, {rows} rows)",
    tplSectionTitle: "Blank tables",
    tplSectionIntro:
      "Download a blank table in the standard's layout, with dropdowns, input messages and alerts, and wrong entries coloured as they are typed — also in an Excel or WPS without Anju.",
    tplTownship: "Township (subdistrict)",
    tplVillage: "Village (community)",
    tplRows: "Rows",
    tplDownload: "Download blank table",
    tplFileName: "{kind} blank.xlsx",
    tplInsert: "Insert blank table",
    tplInserted: "Blank table “{sheet}” inserted.",
    tplNoValidation:
      "This Excel has no data validation (ExcelApi 1.8, Excel 2019 or later): the blank table has no dropdowns, input messages or alerts.",
    tplNoFormats:
      "This Excel has no conditional formats (ExcelApi 1.6): wrong entries are not coloured as they are typed; check the sheet when it is filled.",
    tplBadRows: "Rows must be a whole number from 1 to {max}.",
    // Cross-table check (SPEC §5, §11): several files in one report.
    cliRelated: "↳ related: {place}",
    colFile: "File",
    colRelated: "Related",
    // Half-year diff (anju diff, 与上次报送比对, SPEC §10).
    diffPrevious: "Previous submission: {file}",
    diffCurrent: "Current submission: {file}",
    diffGoneHeading: "Households of the previous submission missing now ({file})",
    diffVillagesHeading: "By village",
    diffColVillage: "Village",
    diffColPrevious: "Last time",
    diffColCurrent: "Now",
    diffColNew: "New",
    diffColGone: "Gone",
    diffColMoved: "Moved in",
    diffColImproved: "Improved",
    diffColWorsened: "Worsened",
    diffColStale: "Not revisited",
    diffTotal: "Total",
    // 对应表头 (SPEC §13) in the task pane and on the page.
    mapTitle: "Map headers (对应表头)",
    mapIntro:
      "These tables lack required columns; the checks that need them were skipped. If a column of the table is the missing one, pick its header and check again.",
    mapSheet: "Sheet “{sheet}” ({kind})",
    mapField: "Missing “{field}”:",
    mapNone: "(not in this table)",
    mapApply: "Apply and check again",
    mapKept: "Mapped: {field} = {header} ({kind})",
    mapDownload: "Download county config (keeps these)",
    mapConfigName: "anju-county-config.json",
    // Every file a clerk has (issue 16, src/workbook/formats): .xls, .et, .ods and CSV.
    readDamaged:
      "the file is damaged or truncated and cannot be opened as {format}; open it in Excel or WPS and save as .xlsx",
    readEt: "this WPS .et file cannot be read; save it as .xlsx in WPS (Save As) and check again",
    // Issue 14 (IE11 / Office 2016–2019): the one host the pane cannot run in, Excel 2013 and older.
    noExcelApiTitle: "This Excel is too old",
    noExcelApiBody:
      "Excel 2013 and older lack the Excel JavaScript API that add-ins need, so the checker cannot check or mark the workbook here. Use Excel 2016 or later, or check the workbook with the browser page or the offline page anju-offline.html (files stay on this computer).",
  },
};
