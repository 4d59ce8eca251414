import { Text } from "@fluentui/react";
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { columnLetter, parseA1 } from "../engine/model/address";
import type { CellValue } from "../engine/model/types";
import { formatYMD, fromSerial } from "../engine/parse/date";
import { cellText } from "../engine/parse/text";
import type { FindingTarget } from "../hosts/controller";
import type { CellMark } from "../ui/findings";
import { useStrings } from "../ui/i18n";
import type { PreviewSheet, PreviewWorkbook } from "./job";

export const ROW_HEIGHT = 22;
const OVERSCAN = 12;

export interface Revealed {
  readonly target: FindingTarget;
  /** A new value scrolls again, even to the same row. */
  readonly nonce: number;
}

export interface SheetPreviewProps {
  readonly workbook: PreviewWorkbook;
  readonly marks: ReadonlyMap<string, ReadonlyMap<string, CellMark>>;
  readonly active: string;
  readonly onActivate: (sheet: string) => void;
  readonly revealed: Revealed | undefined;
}

/** The text a clerk sees in the cell; dates in date columns as dates, not serial numbers. */
export function displayText(v: CellValue, isDate: boolean, date1904: boolean): string {
  if (isDate && typeof v === "number") {
    const ymd = fromSerial(v, date1904);
    if (ymd) return formatYMD(ymd);
  }
  return cellText(v);
}

/** Display width of a text in px at 12px: CJK and full-width characters count double. */
function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\uffff]/.test(ch) ? 12.5 : 7;
  return w;
}

/** Per row, the horizontal spans of merged areas: their first column and width, and the columns they cover. */
function mergeSpans(sheet: PreviewSheet): Map<number, Map<number, number>> {
  const spans = new Map<number, Map<number, number>>();
  for (const m of sheet.merges) {
    if (m.right <= m.left) continue;
    for (let r = m.top; r <= m.bottom; r++) {
      let row = spans.get(r);
      if (!row) spans.set(r, (row = new Map()));
      row.set(m.left, m.right - m.left + 1);
      for (let c = m.left + 1; c <= m.right; c++) row.set(c, 0);
    }
  }
  return spans;
}

function columnWidths(sheet: PreviewSheet, cols: number, spans: Map<number, Map<number, number>>): number[] {
  const widths = new Array<number>(cols).fill(48);
  const sample = Math.min(sheet.rows.length, 300);
  for (let r = 0; r < sample; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    for (let c = 0; c < cols; c++) {
      const v = row[c];
      if (v === null || v === undefined || spans.get(r)?.has(c)) continue;
      const text = cellText(v);
      // A title across the sheet (one long cell, usually merged) should not make its column wide.
      if (text.length > 40) continue;
      widths[c] = Math.max(widths[c] ?? 48, Math.min(240, textWidth(text) + 12));
    }
  }
  return widths;
}

/**
 * The sheet as an HTML table, windowed (only the rows in view are in the DOM, so 5,000 rows scroll smoothly), with
 * marked cells in Excel's fills. Cell values are React text children: markup in a cell is shown, never parsed.
 */
export function SheetPreview({ workbook, marks, active, onActivate, revealed }: SheetPreviewProps) {
  const s = useStrings();
  const sheet = workbook.sheets.find((x) => x.name === active) ?? workbook.sheets[0];
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 600 });
  const cols = useMemo(() => {
    let n = 1;
    for (const r of sheet?.rows ?? []) n = Math.max(n, r?.length ?? 0);
    return n;
  }, [sheet]);
  const spans = useMemo(() => (sheet ? mergeSpans(sheet) : new Map<number, Map<number, number>>()), [sheet]);
  const widths = useMemo(() => (sheet ? columnWidths(sheet, cols, spans) : []), [sheet, cols, spans]);
  const sheetMarks = sheet ? marks.get(sheet.name) : undefined;
  const dateCols = useMemo(() => new Set(sheet?.dateColumns ?? []), [sheet]);
  const dateCells = useMemo(() => new Set(sheet?.dateCells ?? []), [sheet]);
  const target = revealed && sheet && revealed.target.sheet === sheet.name ? revealed.target : undefined;
  const targetCells = useMemo(() => new Set(target?.cells ?? []), [target]);

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const update = () => setView({ top: el.scrollTop, height: el.clientHeight });
    // Another sheet opens at its top-left corner, unless a finding on it is being revealed (below).
    el.scrollTop = 0;
    el.scrollLeft = 0;
    update();
    el.addEventListener("scroll", update, { passive: true });
    const ro = typeof ResizeObserver === "undefined" ? undefined : new ResizeObserver(update);
    ro?.observe(el);
    return () => {
      el.removeEventListener("scroll", update);
      ro?.disconnect();
    };
  }, [sheet]);

  // Scroll the revealed row to the middle of the view, and its first cell into view sideways.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || !revealed || !sheet || revealed.target.sheet !== sheet.name) return;
    const r = revealed.target.row - 1;
    el.scrollTop = Math.max(0, (r + 1) * ROW_HEIGHT - el.clientHeight / 2);
    const first = revealed.target.cells[0] ? parseA1(revealed.target.cells[0]) : undefined;
    if (first) {
      const left = widths.slice(0, first.col).reduce((a, b) => a + b, 0);
      if (left < el.scrollLeft || left > el.scrollLeft + el.clientWidth - 120)
        el.scrollLeft = Math.max(0, left - 80);
    }
    setView({ top: el.scrollTop, height: el.clientHeight });
  }, [revealed, sheet, widths]);

  if (!sheet) return null;
  const rowCount = sheet.rows.length;
  const first = Math.max(0, Math.floor(view.top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rowCount, Math.ceil((view.top + view.height) / ROW_HEIGHT) + OVERSCAN);
  const body = [];
  for (let r = first; r < last; r++) {
    const row = sheet.rows[r];
    const isTargetRow = target !== undefined && target.row === r + 1;
    const cells = [];
    const rowSpans = spans.get(r);
    for (let c = 0; c < cols; c++) {
      const span = rowSpans?.get(c);
      if (span === 0) continue; // covered by a merged cell to its left
      const address = `${columnLetter(c)}${r + 1}`;
      const v = row?.[c] ?? null;
      const text = displayText(v, dateCols.has(c) || dateCells.has(address), workbook.date1904);
      const mark = sheetMarks?.get(address);
      const className = [
        mark ? `anju-mark-${mark.severity}` : "",
        targetCells.has(address) ? "anju-target" : "",
        typeof v === "number" ? "anju-num" : "",
      ]
        .filter(Boolean)
        .join(" ");
      cells.push(
        <td
          key={c}
          colSpan={span}
          className={className || undefined}
          data-cell={address}
          title={
            mark
              ? s.t("webCellMarked", { address, messages: mark.findings.map((f) => f.message).join("；") })
              : text.length > 12
                ? text
                : undefined
          }
        >
          {text}
        </td>,
      );
    }
    body.push(
      <tr key={r} className={isTargetRow ? "anju-target-row" : undefined} data-row={r + 1}>
        <th scope="row">{r + 1}</th>
        {cells}
      </tr>,
    );
  }

  const visibleSheets = workbook.sheets;
  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>, i: number) => {
    const next = e.key === "ArrowRight" ? i + 1 : e.key === "ArrowLeft" ? i - 1 : undefined;
    if (next === undefined) return;
    const to = visibleSheets[(next + visibleSheets.length) % visibleSheets.length];
    if (!to) return;
    e.preventDefault();
    onActivate(to.name);
    const tabs = e.currentTarget.parentElement?.querySelectorAll<HTMLButtonElement>('[role="tab"]');
    tabs?.[(next + visibleSheets.length) % visibleSheets.length]?.focus();
  };

  return (
    <section className="anju-preview" aria-label={s.t("webPreview")}>
      <div className="anju-preview-head">
        <Text variant="mediumPlus" as="h2" className="anju-section-title">
          {s.t("webPreview")}
        </Text>
        <Text variant="small" className="anju-muted">
          {sheet.name} · {s.t("webSheetSize", { rows: rowCount, cols })}
        </Text>
        <span className="anju-legend" aria-hidden="true">
          <span className="anju-mark-error">{s.t("webLegendError")}</span>
          <span className="anju-mark-warning">{s.t("webLegendWarning")}</span>
          <span className="anju-mark-info">{s.t("webLegendInfo")}</span>
        </span>
      </div>
      <div
        className="anju-sheet-scroll"
        ref={scroller}
        tabIndex={0}
        role="region"
        aria-label={`${s.t("webPreview")}：${sheet.name}`}
        data-testid="sheet-preview"
      >
        <table className="anju-sheet" style={{ width: 44 + widths.reduce((a, b) => a + b, 0) }}>
          <colgroup>
            <col style={{ width: 44 }} />
            {widths.map((w, c) => (
              <col key={c} style={{ width: w }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th className="anju-corner" scope="col" />
              {widths.map((_w, c) => (
                <th key={c} scope="col">
                  {columnLetter(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {first > 0 ? (
              <tr aria-hidden="true" style={{ height: first * ROW_HEIGHT }}>
                <td colSpan={cols + 1} className="anju-spacer" />
              </tr>
            ) : null}
            {body}
            {last < rowCount ? (
              <tr aria-hidden="true" style={{ height: (rowCount - last) * ROW_HEIGHT }}>
                <td colSpan={cols + 1} className="anju-spacer" />
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      <div className="anju-sheet-tabs" role="tablist" aria-label={s.t("webSheetTabs")}>
        {visibleSheets.map((x, i) => (
          <button
            key={x.name}
            type="button"
            role="tab"
            aria-selected={x.name === sheet.name}
            tabIndex={x.name === sheet.name ? 0 : -1}
            className={x.name === sheet.name ? "anju-tab anju-tab-active" : "anju-tab"}
            onClick={() => onActivate(x.name)}
            onKeyDown={(e) => onTabKey(e, i)}
          >
            {x.name}
            {marks.get(x.name)?.size ? <span className="anju-tab-dot" aria-hidden="true" /> : null}
          </button>
        ))}
      </div>
    </section>
  );
}
