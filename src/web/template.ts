import { t, type Locale } from "../engine/messages";
import { templateSheet, TEMPLATE_KIND_KEYS, type TemplateKind } from "../engine/template";
import { writeSheetsWorkbook } from "../workbook/summary";

export interface TemplateRequest {
  readonly kind: TemplateKind;
  readonly township: string;
  readonly village: string;
  readonly rows: number;
}

/**
 * The blank table the page offers for download: the same sheet `anju template` writes (SPEC §12), written by the
 * same workbook writer, in memory.
 */
export async function templateDownload(
  r: TemplateRequest,
  locale: Locale,
): Promise<{ fileName: string; bytes: Uint8Array }> {
  const township = r.township.trim();
  const village = r.village.trim();
  const { spec } = templateSheet(r.kind, {
    rows: r.rows,
    locale,
    ...(township ? { township } : {}),
    ...(village ? { village } : {}),
  });
  const kind = t(TEMPLATE_KIND_KEYS[r.kind], {}, locale);
  const base = t("tplFileName", { kind }, locale);
  const fileName = `${village}${base}`.replace(/[\\/:*?"<>|]/g, "_");
  return { fileName, bytes: await writeSheetsWorkbook([spec]) };
}
