import { SEVERITY_FILL, SEVERITY_TEXT, FONT_STACK } from "./theme";

const GREEN = "#217346";

/**
 * The page styles of the task pane and the browser page (the build has no CSS loader, and one small sheet is all
 * either page needs). Compact like Office: 12–14 px text, 30 px buttons, 22 px sheet rows.
 */
export const ANJU_CSS = `
html, body, #root { height: 100%; margin: 0; }
body { font-family: ${FONT_STACK}; font-size: 14px; color: #323130; background: #fff; }
.anju-root { height: 100%; }
.anju-pane { display: flex; flex-direction: column; gap: 8px; padding: 10px 12px; height: 100%;
  box-sizing: border-box; min-height: 0; }
.anju-actions { display: flex; flex-direction: column; gap: 6px; }
.anju-button-row { display: flex; flex-wrap: wrap; gap: 6px; }
.anju-button-row .ms-Button, .anju-sample-row .ms-Button { min-width: 0; padding: 0 10px; height: 30px; }
.anju-sample-row { display: flex; align-items: flex-end; gap: 6px; flex-wrap: wrap; }
.anju-number { width: 112px; }
.anju-seed { width: 112px; }
.anju-note, .anju-muted { color: #605e5c; }
.anju-field-error { color: #a4262c; }
.anju-small-button.ms-Button { min-width: 0; height: 26px; padding: 0 8px; font-size: 12px; }
.anju-progress { display: flex; align-items: flex-end; gap: 8px; }
.anju-progress .ms-ProgressIndicator { flex: 1; min-width: 0; }
.anju-findings { display: flex; flex-direction: column; gap: 6px; flex: 1 1 auto; min-height: 0; }
.anju-counts { padding: 2px 0; font-weight: 600; }
.anju-filters { display: flex; flex-direction: column; gap: 4px; }
.anju-filter-row { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 6px; }
.anju-filter .ms-Label { padding: 2px 0; font-size: 12px; }
.anju-filter-status { display: flex; align-items: center; justify-content: space-between; gap: 6px; }
.anju-list { flex: 1 1 auto; min-height: 220px; overflow-y: auto; position: relative;
  border-top: 1px solid #edebe9; }
.anju-list .ms-DetailsRow { cursor: pointer; font-size: 13px; }
.anju-list .ms-DetailsRow-cell { white-space: normal; padding-top: 5px; padding-bottom: 5px; }
.anju-where { display: flex; gap: 8px; font-size: 12px; line-height: 16px; color: #605e5c; }
.anju-where-cells { font-family: Consolas, 'Cascadia Mono', monospace; font-weight: 600; color: #323130; }
.anju-message { line-height: 18px; color: #323130; }
.anju-rule-button.ms-Button { width: 26px; height: 26px; color: ${GREEN}; }
.anju-group-title { display: flex; align-items: center; gap: 6px; min-width: 0; padding: 0 4px;
  font-weight: 600; font-size: 13px; }
.anju-group-level1 { font-weight: 400; }
.anju-group-name { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.anju-group-count { background: #f3f2f1; border-radius: 10px; padding: 0 7px; font-size: 12px; line-height: 18px; }
.anju-badge { display: inline-flex; align-items: center; gap: 4px; padding: 1px 8px; border-radius: 2px;
  font-size: 12px; font-weight: 600; line-height: 18px; }
.anju-empty { color: #605e5c; padding: 8px 0; }
.anju-section-title { font-weight: 600; margin: 0; }
.anju-section-head { display: flex; align-items: center; justify-content: space-between; }
.anju-section-head .ms-Button { width: 28px; height: 28px; }
.anju-summary { display: flex; flex-direction: column; gap: 6px; }
.anju-table-scroll { overflow: auto; max-height: 280px; border: 1px solid #e1dfdd; }
.anju-table { border-collapse: collapse; font-size: 12px; }
.anju-table th, .anju-table td { border: 1px solid #e1dfdd; padding: 2px 6px; white-space: nowrap; text-align: left; }
.anju-table thead th { background: #f3f2f1; font-weight: 600; position: sticky; top: 0; }
.anju-table td.anju-num { text-align: right; font-variant-numeric: tabular-nums; }
.anju-sum-total th, .anju-sum-total td { font-weight: 600; background: #f3f2f1; }
.anju-sum-subtotal th, .anju-sum-subtotal td { font-weight: 600; background: #faf9f8; }
.anju-rule-title { margin: 4px 0 8px; display: block; }
.anju-rule-facts { margin: 0 0 8px; }
.anju-rule-facts dt { font-size: 12px; color: #605e5c; margin-top: 10px; }
.anju-rule-facts dd { margin: 2px 0 0; line-height: 20px; }
.anju-quote-block { margin-top: 12px; }
.anju-quote-ref { display: block; font-weight: 600; }
.anju-quote-doc { font-weight: 400; color: #605e5c; font-size: 12px; }
.anju-quote { margin: 6px 0 0; padding: 6px 10px; border-left: 3px solid ${GREEN}; background: #f2f9f5;
  line-height: 1.7; }
.anju-quote p { margin: 0 0 4px; }
.anju-quote-missing { color: #605e5c; }
/* Browser page */
.anju-web { display: grid; grid-template-rows: auto 1fr; height: 100%; }
.anju-topbar { display: flex; align-items: center; gap: 10px; padding: 0 16px; height: 44px;
  background: ${GREEN}; color: #fff; }
.anju-topbar h1 { font-size: 16px; font-weight: 600; margin: 0; }
.anju-topbar-icon { font-size: 20px; }
.anju-topbar-note { margin-left: auto; font-size: 12px; }
.anju-web-main { display: grid; grid-template-columns: minmax(360px, 440px) minmax(0, 1fr); min-height: 0; }
.anju-web-left { border-right: 1px solid #e1dfdd; min-height: 0; overflow-x: hidden; overflow-y: auto; }
.anju-web-right { min-width: 0; min-height: 0; display: flex; flex-direction: column; }
.anju-drop { display: flex; flex-direction: column; gap: 6px; padding: 10px; border: 1px dashed #8a8886;
  border-radius: 2px; background: #faf9f8; }
.anju-drop-active { border-color: ${GREEN}; background: #f2f9f5; }
.anju-drop-line { display: flex; align-items: center; gap: 8px; flex-wrap: wrap; }
.anju-drop-line .ms-Button { height: 30px; padding: 0 10px; }
.anju-template { padding: 6px 10px; border: 1px solid #e1dfdd; border-radius: 2px; }
.anju-template summary { cursor: pointer; font-weight: 600; }
.anju-template-fields { display: grid; grid-template-columns: 1fr 1fr; gap: 4px 8px; margin: 6px 0; }
.anju-headermap { display: flex; flex-direction: column; gap: 6px; padding-top: 6px; border-top: 1px solid #e1dfdd; }
.anju-headermap h2 { margin: 0; font-size: 14px; }
.anju-headermap p { margin: 0; }
.anju-headermap-table { display: flex; flex-direction: column; gap: 4px; }
.anju-headermap-row { display: flex; align-items: center; gap: 6px; font-size: 12px; flex-wrap: wrap; }
.anju-headermap-row select { min-width: 140px; max-width: 100%; height: 26px; font-size: 12px; }
.anju-headermap .ms-Button { align-self: flex-start; height: 30px; padding: 0 10px; }
.anju-features .ms-Button { height: 30px; padding: 0 10px; min-width: 0; }
.anju-related-list { list-style: none; margin: 4px 0; padding: 0; display: flex; flex-direction: column; gap: 2px; }
.anju-related-list li { display: flex; align-items: center; gap: 6px; font-size: 12px; min-width: 0; }
.anju-related-list .ms-Checkbox-text { font-size: 12px; }
.anju-related-list .ms-Button { width: 24px; height: 24px; padding: 0; }
.anju-elsewhere, .anju-related-place { font-size: 12px; line-height: 16px; color: #605e5c; }
.anju-diff-table th:first-child { position: sticky; left: 0; background: #fff; z-index: 1; }
.anju-diff-table thead th:first-child { background: #f3f2f1; z-index: 2; }
.anju-diff-table .anju-sum-total th:first-child { background: #f3f2f1; }
.anju-diff .ms-Button { width: 28px; height: 28px; }
.anju-file-name { flex: 1; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.anju-preview { display: flex; flex-direction: column; height: 100%; min-height: 0; }
.anju-preview-head { display: flex; align-items: baseline; gap: 12px; padding: 8px 12px; flex-wrap: wrap; }
.anju-preview-empty { padding: 24px; }
.anju-legend { margin-left: auto; display: flex; gap: 6px; font-size: 12px; }
.anju-legend span { padding: 0 8px; border: 1px solid #e1dfdd; }
.anju-sheet-scroll { flex: 1 1 auto; min-height: 0; overflow: auto; position: relative; border-top: 1px solid #e1dfdd; }
.anju-sheet { border-collapse: separate; border-spacing: 0; table-layout: fixed; font-size: 12px; }
.anju-sheet td, .anju-sheet th { height: 22px; padding: 0 4px; border-right: 1px solid #e1dfdd;
  border-bottom: 1px solid #e1dfdd; overflow: hidden; text-overflow: ellipsis; white-space: nowrap;
  box-sizing: border-box; line-height: 21px; }
.anju-sheet thead th { position: sticky; top: 0; z-index: 2; background: #f3f2f1; color: #605e5c;
  font-weight: 400; text-align: center; }
.anju-sheet tbody th { position: sticky; left: 0; z-index: 1; background: #f3f2f1; color: #605e5c;
  font-weight: 400; text-align: right; }
.anju-sheet thead th.anju-corner { left: 0; z-index: 3; }
.anju-sheet td.anju-num { text-align: right; }
.anju-sheet td.anju-spacer { padding: 0; border: 0; }
.anju-mark-error { background: ${SEVERITY_FILL.error}; color: ${SEVERITY_TEXT.error}; }
.anju-mark-warning { background: ${SEVERITY_FILL.warning}; color: ${SEVERITY_TEXT.warning}; }
.anju-mark-info { background: ${SEVERITY_FILL.info}; color: ${SEVERITY_TEXT.info}; }
.anju-sheet tr.anju-target-row th { background: #cde7d8; color: #134027; font-weight: 600; }
.anju-sheet td.anju-target { outline: 2px solid ${GREEN}; outline-offset: -2px; }
.anju-sheet-tabs { display: flex; gap: 2px; padding: 0 8px; background: #f3f2f1; border-top: 1px solid #e1dfdd;
  overflow-x: auto; }
.anju-tab { font: inherit; font-size: 12px; border: 0; background: transparent; padding: 5px 12px; cursor: pointer;
  color: #323130; border-bottom: 2px solid transparent; white-space: nowrap; }
.anju-tab:hover { background: #edebe9; }
.anju-tab-active { background: #fff; color: ${GREEN}; font-weight: 600; border-bottom-color: ${GREEN}; }
.anju-tab:focus-visible, .anju-sheet-scroll:focus-visible, .anju-table-scroll:focus-visible {
  outline: 2px solid #323130; outline-offset: -2px; }
.anju-tab-dot { display: inline-block; width: 6px; height: 6px; border-radius: 3px; background: #c50f1f;
  margin-left: 6px; vertical-align: middle; }
/* Task pane outside Excel */
.anju-outside { padding: 20px 16px; display: flex; flex-direction: column; gap: 12px; max-width: 560px; }
.anju-outside h1 { font-size: 20px; font-weight: 600; margin: 0; color: ${GREEN}; }
@media (max-width: 860px) {
  .anju-web { height: auto; min-height: 100%; }
  .anju-web-main { grid-template-columns: 1fr; }
  .anju-web-left { border-right: 0; overflow: visible; }
  .anju-list { max-height: 60vh; }
  .anju-web-right { height: 70vh; }
}
`;

let injected = false;

/** Adds the style sheet once (as text content: nothing is parsed as HTML). */
export function injectStyles(): void {
  if (injected || typeof document === "undefined") return;
  const style = document.createElement("style");
  style.setAttribute("data-anju", "");
  style.textContent = ANJU_CSS;
  document.head.appendChild(style);
  injected = true;
}
