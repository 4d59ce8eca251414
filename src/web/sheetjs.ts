import type { LoadSheetJs, SheetJs } from "../workbook/input";

/**
 * SheetJS for the pages, in its own chunk (webpackChunkName "sheetjs"): fetched only when an .xls, .et or .ods is
 * opened, so the page an .xlsx user loads does not grow. The one-file offline page carries the chunk inlined
 * (scripts/inline-offline.ts), registered before it is asked for, so nothing is fetched from file://.
 */
let loading: Promise<SheetJs> | undefined;

export const PAGE_SHEETJS: LoadSheetJs = () => {
  loading ??= import(/* webpackChunkName: "sheetjs" */ "@e965/xlsx").then((m) => m as unknown as SheetJs);
  // A chunk that failed to load may load on the next try.
  loading.catch(() => (loading = undefined));
  return loading;
};
