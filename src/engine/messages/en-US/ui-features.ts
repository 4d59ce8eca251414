import type { uiFeatures as zh } from "../zh-CN/ui-features";

/** en-US: own forms, WPS, blank tables, cross-table and diff, 对应表头, file formats, old runtimes; the same keys as zh-CN. */
export const uiFeatures: Readonly<Record<keyof typeof zh, string>> = {
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
  // 插入空白表 in WPS (issue 20, src/hosts/wps/entry.ts): parts this WPS refused.
  wpsTplNoValidation:
    "This WPS could not add data validation: the blank table has no (or not all) dropdowns, input messages and alerts.",
  wpsTplNoFormats:
    "This WPS could not add conditional formats: wrong entries are not coloured as they are typed; check the sheet when it is filled.",
  wpsTplNoLayout:
    "This WPS could not freeze the header or set up printing (A4 landscape, header rows on every page); set them in Page Layout.",
  // Pane features of issues 18–21 (与上次报送比对, 关联文件, 插入空白表, 对应表头 in the task panes and on the page).
  diffCompare: "Compare with last submission (与上次报送比对)",
  diffPick:
    "Pick the previous submission's workbook (.xlsx, .xls, .et, .ods, .csv; read on this computer, never uploaded)",
  diffTitle: "Compared with the last submission: {file}",
  diffPreviousSame: "{file} (last submission)",
  diffNoRun: "The comparison could not be completed; pick the previous submission's file again.",
  diffGoneNote:
    "Households of the last submission missing now are listed (not marked), at their place in the previous file.",
  relatedTitle: "Related files (关联文件)",
  relatedIntro:
    "Add the township's renovation ledger, relocation ledger, the civil-affairs low-income roster or other villages' workbooks; “Check all sheets” then checks across the tables too. Files are read on this computer, never uploaded.",
  relatedAdd: "Add related files",
  relatedPick: "Pick related files (several allowed)",
  relatedRoster: "Roster",
  relatedRemove: "Remove “{name}”",
  relatedNone: "No related files: “Check all sheets” compares this workbook's own tables only.",
  relatedCount: "{count} related file(s) added; click “Check all sheets”.",
  paneInOtherFile: "{file} (not in this workbook, not marked)",
  tplInsertKind: "Table kind",
  progressInserting: "Inserting the blank table…",
  mapKeptWorkbook: "The mapping is saved in this workbook and used by every later check.",
  mapKeptSession:
    "This program cannot save settings in the workbook; the mapping lasts until the workbook is closed.",
  // Document settings (src/hosts/office/settings.ts): Office's saveAsync failed.
  settingsNotSaved: "The settings could not be saved in the workbook ({detail}).",
  // 填写汇总表 in the task panes (issue 21, src/hosts/inplace/fill.ts, src/ui/FillFormPanel.tsx).
  paneFillTitle: "Fill summary form",
  paneFillIntro:
    "Uses the active sheet as the county's own summary form: pick the township (village) workbooks and their households, grades, dangerous houses and other figures are written into the rows named after each village or township; formula cells and everything else are left as they are. Files are read on this computer only, never uploaded.",
  paneFillPick: "Pick township (village) workbooks (several allowed)",
  paneFillNoFiles: "Pick at least one township (village) workbook.",
  paneFillDone: "Filled {cells} cell(s) in {rows} row(s) of “{sheet}”.",
  paneFillNothing:
    "Nothing was filled in “{sheet}”: no row's name matches a village or township of the picked files.",
  officeFillNoMerges:
    "This Excel cannot read merged cells: headers over merged cells may not be recognised and some statistic columns may be left unfilled. Please check, or fill the form in Excel 2021, Microsoft 365 or WPS.",
  progressFilling: "Filling the summary form…",
};
