import { randomBytes } from "node:crypto";
import { realpathSync, statSync } from "node:fs";
import { open, rename, unlink } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { CliError } from "./errors";

/**
 * True when writing `out` would replace `input`: the same path however spelled (`./a/../a.xlsx`), through a
 * symbolic link (of the file or of a folder on the way), a hard link, or another letter case on a file system
 * that ignores case.
 */
export function samePath(input: string, out: string): boolean {
  if (canonical(input) === canonical(out)) return true;
  try {
    const a = statSync(input);
    const b = statSync(out);
    return a.dev === b.dev && a.ino === b.ino;
  } catch {
    return false;
  }
}

/** The real path of a file, or of its folder joined with its name when the file does not exist yet. */
function canonical(p: string): string {
  try {
    return realpathSync.native(p);
  } catch {
    try {
      return join(realpathSync.native(dirname(resolve(p))), basename(p));
    } catch {
      return resolve(p);
    }
  }
}

/**
 * Writes a file atomically: to a temporary file in the same folder, flushed to disk, then renamed over the
 * target. A run killed at any point leaves the previous file (if any) intact — at worst a stray `.anju-tmp`
 * file beside it — and the input is never opened for writing.
 */
export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString("hex")}.anju-tmp`);
  try {
    const handle = await open(tmp, "wx");
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    const reason = e instanceof Error ? e.message : String(e);
    throw new CliError("cliWriteFailed", { path }, { detail: reason });
  }
}
