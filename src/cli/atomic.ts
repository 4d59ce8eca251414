import { randomBytes } from "node:crypto";
import { realpathSync } from "node:fs";
import { open, rename, unlink } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";

/** True when two paths name the same file (or `out` would replace `input`). */
export function samePath(input: string, out: string): boolean {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  return real(input) === real(out);
}

/**
 * Writes a file atomically: to a temporary file in the same folder, flushed, then renamed over the target. An
 * interrupted run leaves the previous file (if any) intact and at worst a stray `.anju-tmp` file.
 */
export async function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString("hex")}.anju-tmp`);
  const handle = await open(tmp, "wx");
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (e) {
    await handle.close();
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
  await handle.close();
  try {
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}
