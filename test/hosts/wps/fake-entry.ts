/**
 * Data validation, conditional formats, page setup and the window's frozen panes in the ET fake, after
 * Kingsoft's lib.et.d.ts (EtValidation, EtFormatConditions/EtFormatCondition, EtPageSetup, EtWindow) and Excel's
 * VBA behaviour that ET follows where WPS's pages are silent: Validation.Add raises where a cell already has a
 * rule (1004), and the message properties raise without a rule or past Excel's lengths (titles 32, texts 255);
 * FormatConditions.Add with xlExpression reads the formula's relative references from the active cell (kept
 * here as the rule's `anchor`), puts the new rule first, and SetLastPriority moves it last; Range.Select raises
 * on a sheet that is not active; colours are BGR numbers.
 */
import type { CellRange } from "../../../src/engine/model/types";
import type {
  EtFormatCondition,
  EtFormatConditions,
  EtInterior,
  EtPageSetup,
  EtValidation,
  EtWindow,
} from "../../../src/hosts/wps/et";
import type { SheetModel } from "./fake-sheet";

export interface ValidationModel {
  readonly range: CellRange;
  type: number;
  alertStyle: number;
  operator: number | undefined;
  formula1: string | undefined;
  formula2: string | undefined;
  ignoreBlank: boolean;
  inCellDropdown: boolean;
  inputTitle: string;
  inputMessage: string;
  errorTitle: string;
  errorMessage: string;
  showInput: boolean;
  showError: boolean;
}

export interface FormatConditionModel {
  readonly range: CellRange;
  readonly type: number;
  readonly formula: string;
  /** The active cell when the rule was added: its relative references count from there. */
  readonly anchor: { row: number; col: number };
  /** BGR. */
  color: number | undefined;
}

export interface PageModel {
  orientation?: number;
  paperSize?: number;
  printTitleRows?: string;
  zoom?: number | boolean;
  fitWide?: number | boolean;
  fitTall?: number | boolean;
}

/** What the entry fakes need of the fake around them. */
export interface EntryHost {
  fail(number: number, message: string): never;
  track<T extends object>(kind: string, o: T): T;
  count(): void;
  /** A WPS build that refuses validation or conditional formats (to test the notices). */
  readonly refuse: { readonly validation?: boolean; readonly formats?: boolean; readonly layout?: boolean };
}

const E_APP = -2146827284;
const DV_TYPES = [0, 1, 2, 3, 4, 5, 6, 7];
const OPERATORS = [1, 2, 3, 4, 5, 6, 7, 8];
const overlaps = (a: CellRange, b: CellRange) =>
  a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

export class FakeValidation implements EtValidation {
  constructor(
    private readonly host: EntryHost,
    private readonly sheet: SheetModel,
    private readonly rect: CellRange,
  ) {}

  private rule(): ValidationModel {
    const v = this.sheet.validations.find((x) => overlaps(x.range, this.rect));
    if (!v) this.host.fail(E_APP, "应用程序定义或对象定义错误（单元格没有数据有效性）");
    return v;
  }

  Add(type: number, alertStyle = 1, operator?: number, formula1?: string, formula2?: string): void {
    this.host.count();
    if (this.host.refuse.validation) this.host.fail(E_APP, "不支持数据有效性");
    if (this.sheet.protect) this.host.fail(E_APP, "工作表受保护");
    if (this.sheet.validations.some((x) => overlaps(x.range, this.rect)))
      this.host.fail(E_APP, "应用程序定义或对象定义错误（已有数据有效性）");
    if (!DV_TYPES.includes(type)) this.host.fail(E_APP, `Type ${type}`);
    if (![1, 2, 3].includes(alertStyle)) this.host.fail(E_APP, `AlertStyle ${alertStyle}`);
    const typed = type !== 0 && type !== 3 && type !== 7;
    const op = typed ? (operator ?? 1) : undefined;
    if (op !== undefined && !OPERATORS.includes(op)) this.host.fail(E_APP, `Operator ${op}`);
    if (type !== 0 && (formula1 === undefined || formula1 === "")) this.host.fail(E_APP, "Formula1 缺失");
    const two = op === 1 || op === 2;
    if (two && (formula2 === undefined || formula2 === "")) this.host.fail(E_APP, "Formula2 缺失");
    if (!two && formula2 !== undefined) this.host.fail(E_APP, "Formula2 只用于介于/未介于");
    if (type === 3 && typeof formula1 === "string" && formula1.length > 255)
      this.host.fail(E_APP, "序列太长");
    this.sheet.validations.push({
      range: { ...this.rect },
      type,
      alertStyle,
      operator: op,
      formula1,
      formula2,
      ignoreBlank: true,
      inCellDropdown: true,
      inputTitle: "",
      inputMessage: "",
      errorTitle: "",
      errorMessage: "",
      showInput: true,
      showError: true,
    });
  }

  Delete(): void {
    this.host.count();
    const list = this.sheet.validations;
    for (let i = list.length - 1; i >= 0; i--)
      if (overlaps((list[i] as ValidationModel).range, this.rect)) list.splice(i, 1);
  }

  private text(max: number, v: string): string {
    const s = String(v);
    if (s.length > max) this.host.fail(E_APP, `文字超过 ${max} 个字符`);
    return s;
  }

  get IgnoreBlank(): boolean {
    return this.rule().ignoreBlank;
  }
  set IgnoreBlank(v: boolean) {
    this.rule().ignoreBlank = Boolean(v);
  }
  get InCellDropdown(): boolean {
    return this.rule().inCellDropdown;
  }
  set InCellDropdown(v: boolean) {
    this.rule().inCellDropdown = Boolean(v);
  }
  get InputTitle(): string {
    return this.rule().inputTitle;
  }
  set InputTitle(v: string) {
    this.rule().inputTitle = this.text(32, v);
  }
  get InputMessage(): string {
    return this.rule().inputMessage;
  }
  set InputMessage(v: string) {
    this.rule().inputMessage = this.text(255, v);
  }
  get ErrorTitle(): string {
    return this.rule().errorTitle;
  }
  set ErrorTitle(v: string) {
    this.rule().errorTitle = this.text(32, v);
  }
  get ErrorMessage(): string {
    return this.rule().errorMessage;
  }
  set ErrorMessage(v: string) {
    this.rule().errorMessage = this.text(255, v);
  }
  get ShowInput(): boolean {
    return this.rule().showInput;
  }
  set ShowInput(v: boolean) {
    this.rule().showInput = Boolean(v);
  }
  get ShowError(): boolean {
    return this.rule().showError;
  }
  set ShowError(v: boolean) {
    this.rule().showError = Boolean(v);
  }
}

export class FakeFormatConditions implements EtFormatConditions {
  constructor(
    private readonly host: EntryHost,
    private readonly sheet: SheetModel,
    private readonly rect: CellRange,
    private readonly active: () => { row: number; col: number },
  ) {}

  get Count(): number {
    return this.sheet.formatConditions.filter((f) => overlaps(f.range, this.rect)).length;
  }

  Add(type: number, _operator?: number, formula1?: string): EtFormatCondition {
    this.host.count();
    if (this.host.refuse.formats) this.host.fail(E_APP, "不支持条件格式");
    if (this.sheet.protect) this.host.fail(E_APP, "工作表受保护");
    if (type !== 2) throw new Error(`fake: format condition type ${type} not modelled`);
    if (typeof formula1 !== "string" || !formula1.startsWith("=")) this.host.fail(E_APP, "公式无效");
    const model: FormatConditionModel = {
      range: { ...this.rect },
      type,
      formula: formula1,
      anchor: this.active(),
      color: undefined,
    };
    this.sheet.formatConditions.unshift(model);
    return this.host.track("FormatCondition", new FakeFormatCondition(this.host, this.sheet, model));
  }

  Delete(): void {
    this.sheet.formatConditions = this.sheet.formatConditions.filter((f) => !overlaps(f.range, this.rect));
  }
}

class FakeFormatCondition implements EtFormatCondition {
  constructor(
    private readonly host: EntryHost,
    private readonly sheet: SheetModel,
    private readonly model: FormatConditionModel,
  ) {}
  get Interior(): EtInterior {
    const model = this.model;
    return this.host.track("FormatCondition.Interior", {
      get Color(): number | null {
        return model.color ?? null;
      },
      set Color(v: number | null) {
        model.color = Number(v);
      },
      ColorIndex: null,
      Pattern: 1,
      PatternColor: null,
    } as EtInterior);
  }
  SetLastPriority(): void {
    this.host.count();
    const list = this.sheet.formatConditions;
    list.splice(list.indexOf(this.model), 1);
    list.push(this.model);
  }
}

export class FakePageSetup implements EtPageSetup {
  constructor(
    private readonly host: EntryHost,
    private readonly page: PageModel,
  ) {}
  private check(): void {
    this.host.count();
    if (this.host.refuse.layout) this.host.fail(E_APP, "无法设置页面（没有打印机）");
  }
  get Orientation(): number {
    return this.page.orientation ?? 1;
  }
  set Orientation(v: number) {
    this.check();
    if (v !== 1 && v !== 2) this.host.fail(E_APP, `Orientation ${v}`);
    this.page.orientation = v;
  }
  get PaperSize(): number {
    return this.page.paperSize ?? 9;
  }
  set PaperSize(v: number) {
    this.check();
    this.page.paperSize = v;
  }
  get PrintTitleRows(): string {
    return this.page.printTitleRows ?? "";
  }
  set PrintTitleRows(v: string) {
    this.check();
    if (!/^\$\d+:\$\d+$/.test(v)) this.host.fail(E_APP, `PrintTitleRows ${v}`);
    this.page.printTitleRows = v;
  }
  get Zoom(): number | boolean {
    return this.page.zoom ?? 100;
  }
  set Zoom(v: number | boolean) {
    this.check();
    if (v !== false && (typeof v !== "number" || v < 10 || v > 400))
      this.host.fail(E_APP, `Zoom ${String(v)}`);
    this.page.zoom = v;
  }
  get FitToPagesWide(): number | boolean {
    return this.page.fitWide ?? 1;
  }
  set FitToPagesWide(v: number | boolean) {
    this.check();
    this.page.fitWide = v;
  }
  get FitToPagesTall(): number | boolean {
    return this.page.fitTall ?? 1;
  }
  set FitToPagesTall(v: number | boolean) {
    this.check();
    this.page.fitTall = v;
  }
}

/** The active sheet's window: splits take effect on the sheet when FreezePanes is set. */
export class FakeWindow implements EtWindow {
  constructor(
    private readonly host: EntryHost,
    private readonly sheet: () => SheetModel,
  ) {}
  private get state() {
    return this.sheet().window;
  }
  get FreezePanes(): boolean {
    return this.state.frozen;
  }
  set FreezePanes(v: boolean) {
    this.host.count();
    if (this.host.refuse.layout) this.host.fail(E_APP, "无法冻结窗格");
    const s = this.state;
    s.frozen = Boolean(v);
    this.sheet().frozen =
      s.frozen && (s.splitRow > 0 || s.splitColumn > 0)
        ? { rows: s.splitRow, cols: s.splitColumn, from: { row: s.scrollRow, col: s.scrollColumn } }
        : undefined;
  }
  get SplitRow(): number {
    return this.state.splitRow;
  }
  set SplitRow(v: number) {
    this.state.splitRow = Number(v);
  }
  get SplitColumn(): number {
    return this.state.splitColumn;
  }
  set SplitColumn(v: number) {
    this.state.splitColumn = Number(v);
  }
  get ScrollRow(): number {
    return this.state.scrollRow;
  }
  set ScrollRow(v: number) {
    this.state.scrollRow = Number(v);
  }
  get ScrollColumn(): number {
    return this.state.scrollColumn;
  }
  set ScrollColumn(v: number) {
    this.state.scrollColumn = Number(v);
  }
}
