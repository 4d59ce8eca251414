import type { ZhOnlyKey } from "../zh-CN";
import type { uiSummary as zh } from "../zh-CN/ui-summary";

/** en-US: summaries, reading a workbook and the Office host; the same keys as zh-CN. */
export const uiSummary: Readonly<Record<Exclude<keyof typeof zh, ZhOnlyKey>, string>> = {
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
  summaryVillageFromSheet: "{file} / {sheet}: no village in the meta row; named after the sheet “{village}”",
  summaryTownshipFromWorkbook:
    "{file} / {sheet}: no township in the meta row; counted as {township} like the workbook's other tables",
  summaryTownshipFromFile: "{file} / {sheet}: no township in the meta row; named after the file “{township}”",
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
  webPreviewEmpty: "Choose a file to preview its sheets here, marked cells in the same colours as in Excel.",
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
  readWhyMerges: "merged areas cover {mergedCells} cells",
  readWhyCells: "about {cells} cells, more than the {max} this machine can afford",
  readWhyNul: "it holds NUL bytes, so it is not a text file",
  readWhyEncoding: "this browser cannot decode {encoding}",
  readWhyRows: "more than {max} records, beyond an Excel sheet",
  readWhyCols: "more than {max} columns, beyond an Excel sheet",
  readWhyFormat: "unusual format",
  readCsv: "the CSV file cannot be read: {reason}; open it in Excel or WPS and save it as .xlsx",
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
    "the workbook was checked but an annotated copy cannot be written ({reason}); save it as .xlsx in Excel and retry",
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
};
