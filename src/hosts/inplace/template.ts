import type { Locale } from "../../engine/messages";
import { templateSheet, type TemplateKind } from "../../engine/template";
import type { InsertedTemplate, TemplatePlace } from "../controller";
import type { OpenWorkbook } from "./port";

/**
 * 插入空白表 (SPEC §12): the blank table the CLI's `anju template` writes (the engine's templateSheet, 50 rows),
 * inserted as a new sheet of the open workbook through the port; the program's notices say what it could not add.
 */
export async function insertTemplate(
  book: OpenWorkbook,
  kind: TemplateKind,
  place: TemplatePlace,
  locale: Locale,
): Promise<InsertedTemplate> {
  const township = place.township?.trim();
  const village = place.village?.trim();
  const { spec } = templateSheet(kind, {
    locale,
    ...(township ? { township } : {}),
    ...(village ? { village } : {}),
  });
  const done = await book.insertSheet(spec);
  return { sheet: done.name, notices: done.notices };
}
