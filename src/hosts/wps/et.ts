/**
 * The part of WPS 表格's ET object model (Kingsoft's `wps-jsapi` typings, lib.et.d.ts: EtApplication, EtWorkbook,
 * EtWorksheet, EtRange, EtInterior, EtComment) that the WPS host uses, typed narrowly. The typings are generated
 * from the COM type library and declare property-like calls such as `Range(address)` or `Item(index)` as
 * returning `void`; these declarations say what ET actually returns. Everything is synchronous and 1-based, as in
 * VBA. The test fake (test/hosts/wps/fake-et.ts) implements exactly these members.
 */

export interface EtApp {
  readonly ActiveWorkbook: EtWorkbook | null;
  ScreenUpdating: boolean;
  EnableEvents: boolean;
  /** false: no confirmation box when Anju deletes its own sheets (ET asks, like Excel, before Delete()). */
  DisplayAlerts: boolean;
  /** Newer WPS builds; older ones have the same object as `wps.ApiEvent`. */
  readonly ApiEvent?: EtApiEvent;
  readonly PluginStorage?: EtPluginStorage;
  /** The window of the active workbook (frozen panes). */
  readonly ActiveWindow?: EtWindow | null;
  CreateTaskPane?(url: string, title?: string): EtTaskPane;
  GetTaskPane?(id: number): EtTaskPane | null;
}

export interface EtApiEvent {
  AddApiEventListener(name: "SheetChange", callback: (sheet: EtWorksheet, target: EtRange) => void): void;
}

export interface EtPluginStorage {
  getItem(key: string): unknown;
  setItem(key: string, value: unknown): void;
  removeItem?(key: string): void;
}

export interface EtTaskPane {
  readonly ID: number;
  Visible: boolean;
  DockPosition?: number;
  Width?: number;
}

export interface EtWorkbook {
  readonly Name: string;
  readonly FullName?: string;
  readonly Worksheets: EtSheets;
  readonly ActiveSheet: EtWorksheet | null;
  /** 0/false: the 1900 date system. */
  readonly Date1904: boolean | number;
  readonly ReadOnly: boolean | number;
  readonly ProtectStructure: boolean | number;
}

export interface EtSheets {
  readonly Count: number;
  /** 1-based index or name; a missing name raises (COM "subscript out of range"). */
  Item(index: number | string): EtWorksheet;
  /** Adds a sheet before `before` or after `after` (at the front when neither is given). */
  Add(before?: EtWorksheet | null, after?: EtWorksheet | null): EtWorksheet;
}

export interface EtWorksheet {
  Name: string;
  readonly Index: number;
  /** −1 (xlSheetVisible, or true), 0 (xlSheetHidden, or false), 2 (xlSheetVeryHidden). */
  Visible: number | boolean;
  readonly ProtectContents: boolean | number;
  readonly UsedRange: EtRange;
  Range(address: string): EtRange;
  readonly Cells: { Item(row: number, column: number): EtRange };
  /** Print settings (lib.et.d.ts EtPageSetup). */
  readonly PageSetup: EtPageSetup;
  Activate(): void;
  Delete(): void;
}

/** lib.et.d.ts EtWindow: the split/freeze of the active sheet's window. */
export interface EtWindow {
  FreezePanes: boolean;
  SplitRow: number;
  SplitColumn: number;
  ScrollRow: number;
  ScrollColumn: number;
}

/** lib.et.d.ts EtPageSetup. */
export interface EtPageSetup {
  /** EtXlPageOrientation: xlPortrait 1, xlLandscape 2. */
  Orientation: number;
  /** EtXlPaperSize: xlPaperA4 9. */
  PaperSize: number;
  /** `$3:$5`. */
  PrintTitleRows: string;
  /** false when FitToPagesWide/Tall decide the scale. */
  Zoom: number | boolean;
  FitToPagesWide: number | boolean;
  FitToPagesTall: number | boolean;
}

/** lib.et.d.ts EtValidation (Range.Validation): one rule per cell; Add raises where the cells already have one. */
export interface EtValidation {
  /** EtXlDVType, EtXlDVAlertStyle, EtXlFormatConditionOperator; formulas as text (`A,B,C,D`, `1980`, `=DATE(…)`). */
  Add(type: number, alertStyle?: number, operator?: number, formula1?: string, formula2?: string): void;
  Delete(): void;
  IgnoreBlank: boolean;
  InCellDropdown: boolean;
  InputTitle: string;
  InputMessage: string;
  ErrorTitle: string;
  ErrorMessage: string;
  ShowInput: boolean;
  ShowError: boolean;
}

/** lib.et.d.ts EtFormatConditions (Range.FormatConditions). */
export interface EtFormatConditions {
  readonly Count: number;
  /**
   * EtXlFormatConditionType xlExpression (2) with the formula in Formula1. The typings say `void`; ET returns
   * the new FormatCondition, as Excel does. Relative references in the formula are read from the active cell.
   */
  Add(type: number, operator?: number, formula1?: string): EtFormatCondition;
  Delete(): void;
}

export interface EtFormatCondition {
  readonly Interior: EtInterior;
  /** Moves this rule after the range's other rules (lowest priority). */
  SetLastPriority(): void;
}

export interface EtRange {
  /** A scalar for one cell, an array of rows for several; dates as serial numbers; empty cells `== null`. */
  Value2: unknown;
  /** The displayed text (one cell; null for several that differ). */
  readonly Text: unknown;
  /** true when every cell holds a formula, false when none, null when some do. */
  readonly HasFormula: boolean | null;
  /** A cell's formula (`=SUM(C5:C9)`) or its constant; an array of rows for several cells. */
  readonly Formula: unknown;
  readonly Row: number;
  readonly Column: number;
  readonly Rows: { readonly Count: number };
  readonly Columns: { readonly Count: number };
  /** `Address(false, false)` → `A1:B2`. */
  Address(rowAbsolute?: boolean, columnAbsolute?: boolean): string;
  /** true when every cell is merged, false when none, null when mixed. */
  readonly MergeCells: boolean | null;
  readonly MergeArea: EtRange;
  /** `'` for text typed with a leading apostrophe. */
  readonly PrefixCharacter?: string;
  readonly Interior: EtInterior;
  readonly Font: EtFont;
  NumberFormat: unknown;
  ColumnWidth?: unknown;
  HorizontalAlignment?: number;
  VerticalAlignment?: number;
  WrapText?: boolean;
  /** Data validation of the range's cells. */
  readonly Validation: EtValidation;
  readonly FormatConditions: EtFormatConditions;
  /** null when the cell has none. */
  readonly Comment: EtComment | null;
  /** Raises when the cell already has a comment. */
  AddComment(text: string): EtComment;
  Merge(): void;
  Select(): void;
}

export interface EtInterior {
  /** BGR number (`RGB(r, g, b)` = r + g·256 + b·65536); null over cells that differ. */
  Color: number | null;
  /** −4142 (xlNone) for no fill. */
  ColorIndex: number | null;
  Pattern: number | null;
  PatternColor: number | null;
}

export interface EtFont {
  Bold: boolean | null;
  Size?: number | null;
  Color: number | null;
  Underline?: number | null;
}

export interface EtComment {
  /** A method, as in VBA: `Text()` reads, `Text(s)` replaces. */
  Text(text?: string): string;
  Delete(): void;
}

/** xlNone: no fill (Interior.Pattern / ColorIndex). */
export const XL_NONE = -4142;
export const XL_SOLID = 1;
export const SHEET_VISIBLE = -1;
export const SHEET_VERY_HIDDEN = 2;
/** xlCenter. */
export const XL_CENTER = -4108;
/** xlLeft, xlTop (HorizontalAlignment, VerticalAlignment). */
export const XL_LEFT = -4131;
export const XL_TOP = -4160;

/** `#RRGGBB` or `RRGGBB` → ET's BGR number. */
export function bgrOf(hex: string): number {
  const h = hex.replace(/^#/, "");
  const n = parseInt(h, 16);
  const r = (n >> 16) & 0xff;
  const g = (n >> 8) & 0xff;
  const b = n & 0xff;
  return r + g * 256 + b * 65536;
}

/** ET's BGR number → `#RRGGBB`. */
export function hexOf(bgr: number): string {
  const r = bgr & 0xff;
  const g = (bgr >> 8) & 0xff;
  const b = (bgr >> 16) & 0xff;
  return `#${[r, g, b]
    .map((x) => x.toString(16).padStart(2, "0"))
    .join("")
    .toUpperCase()}`;
}

/**
 * Formula errors as COM hands them over: a VT_ERROR variant whose SCODE is 0x800A0000 + the XlCVError number
 * (#N/A = 2042 → −2146826246). A bridge that unwraps the variant gives that SCODE or the bare CVErr number; one
 * that formats it gives the error's text. The displayed text decides (`Text` of the cell), so that a real 2042
 * in a cell is never taken for #N/A.
 */
export const CVERR: Readonly<Record<number, string>> = {
  2000: "#NULL!",
  2007: "#DIV/0!",
  2015: "#VALUE!",
  2023: "#REF!",
  2029: "#NAME?",
  2036: "#NUM!",
  2042: "#N/A",
  2043: "#GETTING_DATA",
  2045: "#SPILL!",
  2046: "#CONNECT!",
  2047: "#BLOCKED!",
  2048: "#UNKNOWN!",
  2049: "#FIELD!",
  2050: "#CALC!",
};

const SCODE_BASE = -2146828288; // 0x800A0000 as a signed 32-bit number

/** The error text a numeric Value2 may stand for (CVErr number or SCODE), if any. */
export function errorTextOfNumber(v: number): string | undefined {
  return CVERR[v] ?? CVERR[v - SCODE_BASE];
}

const ERROR_TEXTS = new Set(Object.values(CVERR));

export function isErrorText(v: unknown): v is string {
  return typeof v === "string" && ERROR_TEXTS.has(v);
}

/** Pattern numbers (XlPattern) ↔ the names the Office host keeps in the shared state sheet. */
export const PATTERN_NAMES: Readonly<Record<number, string>> = {
  [-4142]: "None",
  1: "Solid",
  [-4105]: "Automatic",
  [-4125]: "Gray50",
  [-4126]: "Gray75",
  [-4124]: "Gray25",
  17: "Gray16",
  18: "Gray8",
  [-4128]: "Horizontal",
  [-4166]: "Vertical",
  [-4121]: "Down",
  [-4162]: "Up",
  9: "Checker",
  10: "SemiGray75",
  11: "LightHorizontal",
  12: "LightVertical",
  13: "LightDown",
  14: "LightUp",
  15: "Grid",
  16: "CrissCross",
  4000: "LinearGradient",
  4001: "RectangularGradient",
};

export function patternNumber(name: string | null): number | undefined {
  if (name === null) return undefined;
  for (const [k, v] of Object.entries(PATTERN_NAMES)) if (v === name) return Number(k);
  return undefined;
}

export function truthy(v: boolean | number | null | undefined): boolean {
  return v === true || (typeof v === "number" && v !== 0);
}
