import { columnLetter, parseA1 } from "../engine/model/address";
import { escapeText, findElement, rootPrefix } from "./patch-xml";
import { plainText } from "./sheet-scan";

/** Author of Anju's notes: how a later run tells its own notes from the clerk's. */
export const NOTE_AUTHOR = "安居核查";

export interface Note {
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

/**
 * The legacy notes (comments part + VML drawing) of one sheet: the clerk's own notes kept, Anju's notes of a
 * previous run dropped, this run's added, except on a cell that already has a note of the clerk's (that cell
 * keeps its note; its fill and the 校验结果 sheet still show the finding).
 */
export function commentsXml(
  existing: string | undefined,
  notes: readonly Note[],
): { xml: string; placed: Note[]; dropped: Array<[number, number]> } {
  const p = existing === undefined ? "" : rootPrefix(existing);
  const authors: string[] = [];
  const kept: string[] = [];
  const taken = new Set<string>();
  const dropped: Array<[number, number]> = [];
  if (existing !== undefined) {
    const list = findElement(existing, p, "authors");
    if (list && !list.selfClosing) {
      const re = new RegExp(`<${p}author(?:\\s[^>]*)?>([\\s\\S]*?)</${p}author>|<${p}author\\s*/>`, "g");
      for (const m of existing.slice(list.openEnd, list.end).matchAll(re))
        authors.push(plainText(m[1] ?? "", "comments"));
    }
    const comments = findElement(existing, p, "commentList");
    if (comments && !comments.selfClosing) {
      const re = new RegExp(`<${p}comment\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}comment>)`, "g");
      for (const m of existing.slice(comments.openEnd, comments.end).matchAll(re)) {
        const ref = /\sref\s*=\s*["']([^"']*)["']/.exec(m[0])?.[1] ?? "";
        const author = Number(/\sauthorId\s*=\s*["'](\d+)["']/.exec(m[0])?.[1] ?? "0");
        const at = parseA1(ref);
        if (authors[author] === NOTE_AUTHOR) {
          if (at) dropped.push([at.row, at.col]);
          continue;
        }
        kept.push(m[0]);
        if (at) taken.add(`${at.row},${at.col}`);
      }
    }
  }
  let me = authors.indexOf(NOTE_AUTHOR);
  if (me < 0) me = authors.push(NOTE_AUTHOR) - 1;
  const placed = notes.filter((n) => !taken.has(`${n.row},${n.col}`));
  const ours = placed.map(
    (n) =>
      `<${p}comment ref="${columnLetter(n.col)}${n.row + 1}" authorId="${me}"><${p}text><${p}r><${p}rPr><${p}sz val="9"/></${p}rPr><${p}t xml:space="preserve">${escapeText(n.text)}</${p}t></${p}r></${p}text></${p}comment>`,
  );
  const authorsXml = authors.map((a) => `<${p}author>${escapeText(a)}</${p}author>`).join("");
  const body = `<${p}authors>${authorsXml}</${p}authors><${p}commentList>${kept.join("")}${ours.join("")}</${p}commentList>`;
  if (existing === undefined) {
    return {
      xml: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${body}</comments>`,
      placed,
      dropped,
    };
  }
  // The clerk's part, with its root and any extensions after the list kept.
  const a = findElement(existing, p, "authors");
  const c = findElement(existing, p, "commentList");
  const start = Math.min(a?.start ?? Infinity, c?.start ?? Infinity);
  const end = Math.max(a?.end ?? -1, c?.end ?? -1);
  const xml =
    start === Infinity
      ? existing.replace(/<\/[^>]*>\s*$/, (close) => body + close)
      : existing.slice(0, start) + body + existing.slice(end);
  return { xml, placed, dropped };
}

const VML_HEAD =
  '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">';
const NOTE_SHAPETYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

const SHAPE = /<v:shape\b[\s\S]*?<\/v:shape>/g;
/** Marks Anju's note shapes, so that a later run removes exactly those. */
const OURS = `alt="${NOTE_AUTHOR}"`;

/** Shape-id blocks (ids come in blocks of 1,024) used by shapes that are not Anju's, in one VML drawing. */
export function usedVmlBlocks(vml: string): number[] {
  const out: number[] = [];
  for (const m of vml.matchAll(SHAPE)) {
    if (m[0].includes(OURS)) continue;
    const id = /\sid\s*=\s*["']_x0000_s(\d+)["']/.exec(m[0])?.[1];
    if (id !== undefined) out.push(Math.floor(Number(id) / 1024));
  }
  return out;
}

/**
 * The VML drawing that shows the notes: Excel draws a legacy note from a hidden text-box shape anchored to its
 * cell. Anju's shapes of a previous run (and shapes of notes that were dropped) are removed; other shapes (the
 * clerk's notes, form controls) stay. `allocate(n)` gives n free 1,024-id blocks of shape ids.
 */
export function vmlXml(
  existing: string | undefined,
  placed: readonly Note[],
  dropped: ReadonlyArray<[number, number]>,
  allocate: (count: number) => number[],
): string {
  // Ids 1–1023 of each block (id = block × 1024 + n), as Excel numbers them.
  const ours = placed.length === 0 ? [] : allocate(Math.ceil(placed.length / 1023));
  const shapes = placed.map((n, i) => {
    const id = (ours[Math.floor(i / 1023)] ?? 1) * 1024 + (i % 1023) + 1;
    return noteShape(id, n.row, n.col, i + 1);
  });
  const layout = (blocks: number[]) =>
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${[...new Set(blocks)].sort((a, b) => a - b).join(",")}"/></o:shapelayout>`;
  if (existing === undefined) {
    return `${VML_HEAD}${layout(ours.length > 0 ? ours : [allocate(1)[0] ?? 1])}${NOTE_SHAPETYPE}${shapes.join("")}</xml>`;
  }
  const gone = new Set(dropped.map(([r, c]) => `${r},${c}`));
  let xml = existing.replace(SHAPE, (shape) => {
    if (shape.includes(OURS)) return "";
    if (!/ObjectType\s*=\s*["']Note["']/.test(shape)) return shape;
    const r = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(shape)?.[1];
    const c = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(shape)?.[1];
    return r !== undefined && c !== undefined && gone.has(`${r},${c}`) ? "" : shape;
  });
  const blocks = [...usedVmlBlocks(xml), ...ours];
  if (blocks.length === 0) blocks.push(...allocate(1));
  xml = xml.replace(/<o:shapelayout\b[\s\S]*?<\/o:shapelayout>|<o:shapelayout\b[^>]*\/>/, "");
  xml = xml.replace(/<xml\b[^>]*>/, (open) => `${open}${layout(blocks)}`);
  if (!/id\s*=\s*["']_x0000_t202["']/.test(xml)) shapes.unshift(NOTE_SHAPETYPE);
  const end = xml.lastIndexOf("</xml>");
  return end < 0 ? xml + shapes.join("") : xml.slice(0, end) + shapes.join("") + xml.slice(end);
}

function noteShape(id: number, row: number, col: number, z: number): string {
  return (
    `<v:shape id="_x0000_s${id}" ${OURS} type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:216pt;height:96pt;z-index:${z};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col + 1}, 15, ${Math.max(0, row - 1)}, 10, ${col + 5}, 15, ${row + 5}, 4</x:Anchor>` +
    `<x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
  );
}
