import { FIELDS, type FieldDef } from "../header/fields";
import type { UiKey } from "../messages";
import type { TableKind } from "../model/types";

/** The kinds a blank table is made for (a 民政 roster is the 民政's own list, not a form Anju lays out). */
export type TemplateKind = Exclude<TableKind, "roster">;
export const TEMPLATE_KINDS: readonly TemplateKind[] = ["revisit", "relocation", "renovation"];

/** Catalogue key of each kind's name (the CLI's line, the page's downloads and file names, the pane). */
export const TEMPLATE_KIND_KEYS: Readonly<Record<TemplateKind, UiKey>> = {
  revisit: "tplKindRevisit",
  relocation: "tplKindRelocation",
  renovation: "tplKindRenovation",
};

/**
 * The columns of each blank table (SPEC §12), in order. Every column is a field the header detector knows
 * (src/engine/header/fields.ts): its header text is that field's label (a label written `处理意见 维修加固` is the
 * leaf `维修加固` under the group `处理意见`), so the template and detection cannot drift apart —
 * `templateColumns` refuses a key the detector does not know, and the tests detect every written template.
 */

/** What a column's cells accept: the data validation and input message written over its data rows. */
export type ColumnInput =
  /** 序号, numbered in advance */
  | { readonly type: "seq" }
  /** free text; only an input message (`hint` is a catalogue key) */
  | { readonly type: "text"; readonly hint: UiKey }
  | { readonly type: "phone" }
  | { readonly type: "id" }
  /** a tick box: list √ */
  | { readonly type: "tick" }
  /** a year: whole number 1980–2100 */
  | { readonly type: "year" }
  /** a date: 2000-01-01 to 2100-12-31 */
  | { readonly type: "date" }
  /**
   * A dropdown. `other` (a catalogue key naming what else may be written, such as a report number) makes the
   * alert a warning the clerk may pass; without it only the listed values are accepted.
   */
  | { readonly type: "list"; readonly values: readonly string[]; readonly other?: UiKey }
  | { readonly type: "whole"; readonly min: number; readonly max: number }
  /** a non-negative number in `unit` (元, ㎡) */
  | { readonly type: "amount"; readonly unit: string };

export interface TemplateColumn {
  /** The detector's field key (`grade`, `actRebuild`, `subsidy` …). */
  readonly key: string;
  /** Group header texts above the column, top down (表A.1: 回访情况 › 处理意见). */
  readonly groups: readonly string[];
  /** The lowest header text. */
  readonly header: string;
  /** Column width in characters. */
  readonly width: number;
  readonly input: ColumnInput;
  /** The clause quoted in the input message (a key of CLAUSE_SOURCES). */
  readonly clause?: string;
}

interface ColumnDef {
  readonly key: string;
  readonly groups?: readonly string[];
  /** A unit written after the label: `补助资金（元）`, `安置房面积（㎡）`. */
  readonly unit?: string;
  readonly width: number;
  readonly input: ColumnInput;
  readonly clause?: string;
}

/** TZ 附录A 表A.1: the group words of its header. */
const BASIC = "基本资料";
const REVISIT = "回访情况";
const HISTORY = "以往危房改造情况";
const ACTION = "处理意见";

const TICK: ColumnInput = { type: "tick" };
const YEAR: ColumnInput = { type: "year" };
const YES_NO = ["是", "否"];
const MOVED_IN = ["已入住", "未入住"];

/** 表A.1 exactly as TZ 附录A prints it: 基本资料 (4 columns) · 回访情况 over the history, date, grade and disposition. */
const REVISIT_COLUMNS: readonly ColumnDef[] = [
  { key: "seq", groups: [BASIC], width: 6, input: { type: "seq" } },
  { key: "head", groups: [BASIC], width: 10, input: { type: "text", hint: "tplHintHead" } },
  { key: "phone", groups: [BASIC], width: 15, input: { type: "phone" } },
  { key: "address", groups: [BASIC], width: 28, input: { type: "text", hint: "tplHintAddress" } },
  { key: "notRenovated", groups: [REVISIT, HISTORY], width: 8, input: TICK, clause: "TZ 注2" },
  { key: "reinforcedYear", groups: [REVISIT, HISTORY], width: 10, input: YEAR, clause: "TZ 注2" },
  { key: "rebuiltYear", groups: [REVISIT, HISTORY], width: 10, input: YEAR, clause: "TZ 注2" },
  { key: "revisitDate", groups: [REVISIT], width: 12, input: { type: "date" }, clause: "TZ 12.2" },
  {
    key: "grade",
    groups: [REVISIT],
    width: 10,
    input: { type: "list", values: ["A", "B", "C", "D"] },
    clause: "TZ 注3",
  },
  { key: "actReinforce", groups: [REVISIT, ACTION], width: 10, input: TICK, clause: "TZ 注3" },
  { key: "actRebuild", groups: [REVISIT, ACTION], width: 10, input: TICK, clause: "TZ 注3" },
];

/** 县（区） · 乡镇 · 村 · 户主姓名 · 身份证号 · 家庭人口: the first columns of both ledgers (SPEC §1.2, §1.3). */
function ledgerStart(personsClause: string): ColumnDef[] {
  return [
    { key: "seq", width: 6, input: { type: "seq" } },
    { key: "county", width: 10, input: { type: "text", hint: "tplHintPlace" } },
    { key: "township", width: 10, input: { type: "text", hint: "tplHintPlace" } },
    { key: "village", width: 10, input: { type: "text", hint: "tplHintPlace" } },
    { key: "head", width: 10, input: { type: "text", hint: "tplHintHead" } },
    { key: "idNumber", width: 20, input: { type: "id" } },
    { key: "persons", width: 10, input: { type: "whole", min: 1, max: 20 }, clause: personsClause },
  ];
}

/** 易地扶贫搬迁台账 (SPEC §1.2; SX 二.1(1), 三.1). */
const RELOCATION_COLUMNS: readonly ColumnDef[] = [
  ...ledgerStart("SX 三.1(2)"),
  {
    key: "mode",
    width: 12,
    input: { type: "list", values: ["集中安置", "分散安置", "货币化安置"] },
    clause: "SX 二.1(1)",
  },
  { key: "year", width: 10, input: YEAR, clause: "SX 三.1(2)" },
  { key: "area", unit: "㎡", width: 12, input: { type: "amount", unit: "㎡" }, clause: "SX 三.1(2)" },
  { key: "subsidy", unit: "元", width: 12, input: { type: "amount", unit: "元" }, clause: "SX 三.1(3)" },
  { key: "selfFund", unit: "元", width: 12, input: { type: "amount", unit: "元" }, clause: "SX 三.1(3)" },
  {
    key: "acceptance",
    width: 10,
    input: { type: "list", values: YES_NO, other: "tplOtherReport" },
    clause: "SX 三.1(1)",
  },
  {
    key: "keys",
    width: 10,
    input: { type: "list", values: YES_NO, other: "tplOtherKeyDate" },
    clause: "SX 三.1(1)",
  },
  { key: "movedIn", width: 10, input: { type: "list", values: MOVED_IN }, clause: "SX 二.1(1)" },
  { key: "coOwnership", width: 12, input: { type: "list", values: YES_NO }, clause: "SX 三.1(2)" },
  { key: "remark", width: 16, input: { type: "text", hint: "tplHintRemark" } },
];

/** 危房改造台账 (SPEC §1.3; SX 二.1(2), 三.2; TZ 7.1.1, 8.2). */
const RENOVATION_COLUMNS: readonly ColumnDef[] = [
  ...ledgerStart("SX 三.2(2)"),
  { key: "grade", width: 10, input: { type: "list", values: ["C", "D"] }, clause: "TZ 7.1.1" },
  {
    key: "method",
    width: 11,
    input: { type: "list", values: ["维修加固", "拆除重建"] },
    clause: "TZ 7.1.1",
  },
  { key: "year", width: 10, input: YEAR },
  { key: "area", unit: "㎡", width: 12, input: { type: "amount", unit: "㎡" }, clause: "SX 三.2(2)" },
  {
    key: "safetyOpinion",
    width: 14,
    input: { type: "list", values: YES_NO, other: "tplOtherOpinion" },
    clause: "SX 三.2(1)",
  },
  { key: "acceptance", width: 10, input: { type: "list", values: YES_NO }, clause: "SX 二.1(2)" },
  { key: "movedIn", width: 10, input: { type: "list", values: MOVED_IN }, clause: "SX 三.2(1)" },
  { key: "buildMode", width: 10, input: { type: "list", values: ["自建", "统建"] }, clause: "SX 三.2(3)" },
  { key: "subsidy", unit: "元", width: 12, input: { type: "amount", unit: "元" }, clause: "TZ 8.2" },
  { key: "bankReceipt", width: 16, input: { type: "list", values: YES_NO }, clause: "SX 三.2(3)" },
  { key: "agreement", width: 14, input: { type: "list", values: YES_NO }, clause: "SX 三.2(3)" },
  { key: "remark", width: 16, input: { type: "text", hint: "tplHintRemark" } },
];

const LAYOUTS: Readonly<Record<TemplateKind, readonly ColumnDef[]>> = {
  revisit: REVISIT_COLUMNS,
  relocation: RELOCATION_COLUMNS,
  renovation: RENOVATION_COLUMNS,
};

/** Fields of a kind the blank table leaves out: 表A.1 has no 身份证号 column (TZ 附录A). */
export const TEMPLATE_OMITS: Readonly<Record<TemplateKind, readonly string[]>> = {
  revisit: ["idNumber"],
  relocation: [],
  renovation: [],
};

/** The columns of a kind's blank table, their headers taken from the detector's field labels. */
export function templateColumns(kind: TemplateKind): readonly TemplateColumn[] {
  const fields = FIELDS[kind];
  return LAYOUTS[kind].map((def) => {
    const field = fields.find((f) => f.key === def.key);
    if (!field) throw new Error(`template column ${def.key} is no ${kind} field`);
    const groups = def.groups ?? [];
    return {
      key: def.key,
      groups,
      header: leafText(field, groups) + (def.unit ? `（${def.unit}）` : ""),
      width: def.width,
      input: def.input,
      ...(def.clause ? { clause: def.clause } : {}),
    };
  });
}

/** `处理意见 维修加固` under the group 处理意见 is written `维修加固`; any other label as it is. */
function leafText(field: FieldDef, groups: readonly string[]): string {
  for (const g of groups) if (field.label.startsWith(`${g} `)) return field.label.slice(g.length + 1);
  return field.label;
}
