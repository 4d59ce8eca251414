/** Part names inside an .xlsx package (OPC), shared by the reader and the annotated-copy patcher. */

/** Paths: the folder of a part, the rels part of a part, and a relationship target resolved against a folder. */
export function dirOf(path: string): string {
  const i = path.lastIndexOf("/");
  return i < 0 ? "" : path.slice(0, i + 1);
}

export function relsPathOf(path: string): string {
  const dir = dirOf(path);
  return `${dir}_rels/${path.slice(dir.length)}.rels`;
}

export function resolveTarget(base: string, target: string): string {
  let t = target.replace(/\\/g, "/");
  try {
    t = decodeURIComponent(t);
  } catch {
    // not %-encoded
  }
  const parts = (t.startsWith("/") ? t.slice(1) : base + t).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}

/** A target for a part, relative to the folder of the part that points at it. */
export function relativeTarget(fromDir: string, path: string): string {
  const from = fromDir.split("/").filter((p) => p !== "");
  const to = path.split("/");
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => ".."), ...to.slice(i)].join("/");
}
