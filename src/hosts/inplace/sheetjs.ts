import type { LoadSheetJs, SheetJs } from "../../workbook/input";

/**
 * SheetJS for a picked .xls, .et or .ods in the task panes (the previous submission, a related file), in the same
 * lazily loaded chunk as the browser page's (webpackChunkName "sheetjs"): fetched only when such a file is picked.
 */
let loading: Promise<SheetJs> | undefined;

export const PANE_SHEETJS: LoadSheetJs = () => {
  loading ??= import(/* webpackChunkName: "sheetjs" */ "@e965/xlsx").then((m) => m as unknown as SheetJs);
  // A chunk that failed to load may load on the next try.
  loading.catch(() => (loading = undefined));
  return loading;
};
