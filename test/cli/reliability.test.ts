import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  copyFileSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { household, table } from "../../scripts/fuzz/tables";
import { samePath, writeFileAtomic } from "../../src/cli/atomic";
import { CliError } from "../../src/cli/errors";
import { runMain } from "../../src/cli/main";
import { csvCell, toCsv, type CheckReport } from "../../src/engine/report";
import { readXlsx } from "../../src/workbook/read";
import { ROOT, runCli } from "../helpers/cli";

/**
 * Reliability of the CLI (issue 9): every failure is exit 2 with one line in Chinese and English; --out never
 * replaces the input, however the path is spelled; --out is written atomically, so a run killed at any moment
 * leaves the input and the previous output intact; CSV cells cannot become formulas; the annotated copy holds
 * no formula taken from the input.
 */

const dir = mkdtempSync(join(tmpdir(), "anju-rel-"));
const SAMPLE = join(ROOT, "test", "fixtures", "sample-township.xlsx");
const TODAY = "2024-07-15";
const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: readonly string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const status = await runMain(
    args,
    (s) => (stdout += s),
    (s) => (stderr += s),
  );
  return { status, stdout, stderr };
}

/** Exit 2 with `anju: 中文 / English` on one line, and nothing that looks like a stack trace. */
function expectOneLineReason(r: { status: number | null; stderr: string }, pattern?: RegExp): void {
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/^anju: [^\n]*[\u4e00-\u9fff][^\n]* \/ [^\n]*[A-Za-z]{3}[^\n]*\n$/);
  expect(r.stderr).not.toMatch(/\n\s+at |internal error|内部错误/);
  if (pattern) expect(r.stderr).toMatch(pattern);
}

describe("every failure is one line in Chinese and English, exit 2", () => {
  const folder = join(dir, "folder");
  const badConfig = join(dir, "bad.json");
  beforeAll(() => {
    mkdirSync(folder);
    writeFileSync(badConfig, "{ not json");
  });
  test.each<[string, string[], RegExp]>([
    ["unknown option", ["check", SAMPLE, "--frobnicate"], /参数有误/],
    ["unknown command", ["frobnicate"], /未知命令/],
    ["check without a file", ["check"], /check/],
    ["check with two files and --out", ["check", SAMPLE, SAMPLE, "--out", join(dir, "two.xlsx")], /--out/],
    ["a file that does not exist", ["check", join(dir, "nope.xlsx")], /nope\.xlsx/],
    ["a folder instead of a file", ["check", folder], /找不到或无法读取/],
    ["a bad --today", ["check", SAMPLE, "--today", "2024-13-45"], /--today/],
    ["a bad --format", ["check", SAMPLE, "--format", "xml"], /--format/],
    ["a bad --kind", ["check", SAMPLE, "--kind", "other"], /--kind/],
    ["a missing --config", ["check", SAMPLE, "--config", join(dir, "none.json")], /配置文件/],
    ["a --config that is not JSON", ["check", SAMPLE, "--config", badConfig], /JSON/],
    [
      "--out into a folder that does not exist",
      ["check", SAMPLE, "--out", join(dir, "no", "such", "a.xlsx")],
      /无法写入/,
    ],
    ["--out naming a folder", ["check", SAMPLE, "--out", folder], /无法写入/],
  ])("%s", async (_name, args, pattern) => {
    const before = sha(SAMPLE);
    expectOneLineReason(
      await cli([...args, ...(args.includes("--today") ? [] : ["--today", TODAY])]),
      pattern,
    );
    expect(sha(SAMPLE)).toBe(before);
    expect(readdirSync(folder)).toEqual([]);
  });

  test("the same through the real process", () => {
    expectOneLineReason(runCli(["check", join(dir, "nope.xlsx")]), /nope\.xlsx/);
    expectOneLineReason(runCli(["check", SAMPLE, "--out", folder, "--today", TODAY]), /无法写入/);
  });

  test("a reader that stops reading (| head) costs no stack trace and keeps the exit status", () => {
    const r = spawnSync(
      "bash",
      [
        "-c",
        `node bin/anju.js check ${SAMPLE} --today ${TODAY} --format json | head -c 20; echo " status=\${PIPESTATUS[0]}"`,
      ],
      { cwd: ROOT, encoding: "utf8" },
    );
    expect(r.stdout).toMatch(/ status=1\n$/);
    expect(r.stderr).toBe("");
  });
});

describe("--out never replaces the input, however it is spelled", () => {
  const input = join(dir, "same", "a.xlsx");
  beforeAll(() => {
    mkdirSync(join(dir, "same", "sub"), { recursive: true });
    copyFileSync(SAMPLE, input);
    symlinkSync(input, join(dir, "same", "link.xlsx"));
    linkSync(input, join(dir, "same", "hard.xlsx"));
    symlinkSync(join(dir, "same"), join(dir, "same-dir-link"));
  });
  test.each<[string, () => string]>([
    ["the same path", () => input],
    ["./sub/../a.xlsx", () => join(dir, "same", "sub", "..", "a.xlsx")],
    [
      "a path through a folder that does not exist, then ..",
      () => join(dir, "same", "nofolder", "..", "a.xlsx"),
    ],
    ["a doubled slash", () => `${join(dir, "same")}//a.xlsx`],
    ["a symbolic link to the input", () => join(dir, "same", "link.xlsx")],
    ["a hard link to the input", () => join(dir, "same", "hard.xlsx")],
    ["the input through a linked folder", () => join(dir, "same-dir-link", "a.xlsx")],
  ])("%s", async (_name, out) => {
    const before = sha(input);
    const linkBefore = lstatSync(join(dir, "same", "link.xlsx")).isSymbolicLink();
    expectOneLineReason(
      await cli(["check", input, "--out", out(), "--today", TODAY]),
      /--out 不能与输入文件相同/,
    );
    expect(sha(input)).toBe(before);
    expect(lstatSync(join(dir, "same", "link.xlsx")).isSymbolicLink()).toBe(linkBefore);
    expect(samePath(input, out())).toBe(true);
  });

  test("a relative spelling from another working directory, through the real process", () => {
    const before = sha(input);
    const r = runCli(["check", "a.xlsx", "--out", "./sub/../a.xlsx", "--today", TODAY], join(dir, "same"));
    expectOneLineReason(r, /--out 不能与输入文件相同/);
    expect(sha(input)).toBe(before);
  });

  test("another file in the same folder is fine", () => {
    expect(samePath(input, join(dir, "same", "b.xlsx"))).toBe(false);
    expect(samePath(input, join(dir, "same", "sub", "a.xlsx"))).toBe(false);
  });
});

describe("writeFileAtomic", () => {
  const tmps = (d: string) => readdirSync(d).filter((n) => n.endsWith(".anju-tmp"));
  test("writes, replaces, and leaves no temporary file", async () => {
    const d = mkdtempSync(join(dir, "atomic-"));
    const file = join(d, "out.xlsx");
    await writeFileAtomic(file, "first");
    await writeFileAtomic(file, new Uint8Array([1, 2, 3]));
    expect([...readFileSync(file)]).toEqual([1, 2, 3]);
    expect(tmps(d)).toEqual([]);
  });
  test.each<[string, (d: string) => string]>([
    ["a missing folder", (d) => join(d, "missing", "out.xlsx")],
    [
      "a folder in the way",
      (d) => {
        mkdirSync(join(d, "taken"));
        return join(d, "taken");
      },
    ],
  ])("fails on %s with a CliError, cleaning up", async (_name, target) => {
    const d = mkdtempSync(join(dir, "atomic-"));
    const path = target(d);
    await expect(writeFileAtomic(path, "x")).rejects.toBeInstanceOf(CliError);
    expect(tmps(d)).toEqual([]);
  });
});

describe("a run killed at any moment leaves the input and the previous output intact", () => {
  const d = join(dir, "kill");
  const input = join(d, "big.xlsx");
  const out = join(d, "big.annotated.xlsx");
  let previous: Buffer;
  beforeAll(() => {
    mkdirSync(d);
    // 60,000 households, each with findings: reading, checking and writing a 14 MB copy take several seconds.
    writeFileSync(input, table(Array.from({ length: 60_000 }, (_, i) => household(i + 1))));
    // The previous output: the annotated copy of the sample, as a clerk would have from an earlier run.
    spawnSync(process.execPath, [
      join(ROOT, "bin", "anju.js"),
      "check",
      SAMPLE,
      "--today",
      TODAY,
      "--out",
      out,
    ]);
    previous = readFileSync(out);
    expect(readXlsx(new Uint8Array(previous)).sheets.some((s) => s.name === "校验结果")).toBe(true);
  });

  /** Starts the CLI with --out; kills it (SIGKILL, the whole process group) when `when` resolves. */
  function runAndKill(when: (child: ReturnType<typeof spawn>) => Promise<void>, viaTsx = false) {
    const args = viaTsx
      ? [join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"), join(ROOT, "src", "cli", "main.ts")]
      : [join(ROOT, "bin", "anju.js")];
    const child = spawn(
      process.execPath,
      [...args, "check", input, "--today", TODAY, "--format", "json", "--out", out],
      {
        cwd: ROOT,
        detached: true,
        stdio: "ignore",
      },
    );
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    return (async () => {
      await Promise.race([when(child), exited]);
      if (child.exitCode === null && child.pid !== undefined) {
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {
          // already gone
        }
      }
      return exited;
    })();
  }

  const after = (ms: number) => () => new Promise<void>((r) => setTimeout(r, ms));
  /** As soon as the temporary output file appears: the moment the copy is being written. */
  const whenWriting = () =>
    new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (readdirSync(d).some((n) => n.endsWith(".anju-tmp"))) {
          clearInterval(poll);
          resolve();
        }
      }, 1);
      setTimeout(() => {
        clearInterval(poll);
        resolve();
      }, 60_000);
    });

  test("killed while starting, reading, checking and writing", async () => {
    const inputBefore = sha(input);
    const outcomes: string[] = [];
    const points: Array<[string, () => Promise<void>, boolean]> = [
      ["0.3 s", after(300), false],
      ["1.5 s", after(1500), false],
      ["3 s", after(3000), false],
      ["5 s", after(5000), false],
      ["as the copy is written", whenWriting, false],
      ["as the copy is written (tsx, process group)", whenWriting, true],
    ];
    for (const [label, when, viaTsx] of points) {
      const code = await runAndKill(when, viaTsx);
      expect(sha(input)).toBe(inputBefore);
      const now = readFileSync(out);
      if (now.equals(previous)) outcomes.push(`${label}: previous output intact (exit ${code})`);
      else {
        // The rename happened: the copy must then be complete.
        expect(readXlsx(new Uint8Array(now)).sheets.some((s) => s.name === "校验结果")).toBe(true);
        outcomes.push(`${label}: output replaced by a complete copy (exit ${code})`);
        writeFileSync(out, previous);
      }
      const stray = readdirSync(d).filter((n) => n.endsWith(".anju-tmp"));
      if (stray.length > 0)
        outcomes.push(`${label}: killed mid-write, left ${stray.length} temporary file(s)`);
      for (const s of stray) rmSync(join(d, s));
    }
    console.log(`interrupted runs:\n  ${outcomes.join("\n  ")}`);
    expect(outcomes.length).toBeGreaterThanOrEqual(points.length);
    // Undisturbed, the same run replaces the output with a complete copy and leaves nothing behind.
    const code = await runAndKill(() => new Promise<void>(() => undefined));
    expect(code).toBe(1);
    expect(readFileSync(out).equals(previous)).toBe(false);
    expect(readXlsx(new Uint8Array(readFileSync(out))).sheets.some((s) => s.name === "校验结果")).toBe(true);
    expect(readdirSync(d).filter((n) => n.endsWith(".anju-tmp"))).toEqual([]);
    expect(sha(input)).toBe(inputBefore);
  }, 300_000);
});

describe("output safety", () => {
  test.each<[string | number, string]>([
    ["=1+1", `"'=1+1"`],
    ["+8613812345678", `"'+8613812345678"`],
    ["-2+3", `"'-2+3"`],
    ["@SUM(A1)", `"'@SUM(A1)"`],
    ["\t=1+1", `"'\t=1+1"`],
    ["\r=1+1", `"'\r=1+1"`],
    ['=HYPERLINK("http://evil.invalid","x")', `"'=HYPERLINK(""http://evil.invalid"",""x"")"`],
    ["-", `"'-"`],
    ["张卫东", "张卫东"],
    ["a,b", `"a,b"`],
    ['say "hi"', `"say ""hi"""`],
    ["line1\nline2", `"line1\nline2"`],
    [" =1", " =1"],
    [12, "12"],
  ])("csvCell(%j) is %s", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  test("the CSV starts with a UTF-8 BOM and uses CRLF", () => {
    const report: CheckReport = {
      schemaVersion: 1,
      file: "a.xlsx",
      tables: [],
      findings: [
        {
          ruleId: "RV-PHONE",
          severity: "error",
          sheet: "=S",
          row: 5,
          cells: ["C5"],
          message: "=1+1：号码有误",
          clause: "TZ",
        },
      ],
      counts: { error: 1, warning: 0, info: 0 },
    };
    const csv = toCsv(report, ["工作表", "行"]);
    expect(csv.startsWith("\uFEFF工作表,行\r\n")).toBe(true);
    expect(csv).toContain(`"'=S",5,C5,RV-PHONE,error,"'=1+1：号码有误",TZ\r\n`);
  });

  const evil = '=HYPERLINK("http://evil.invalid","x")';
  const input = join(dir, "injection.xlsx");
  beforeAll(() => {
    // Households named by a formula-looking text, and one whose name IS that formula (cached value "x"); every
    // household is D 级 without 重建安置, so every row has a finding quoting the name.
    const rows = Array.from({ length: 6 }, (_, i) =>
      household(i + 1).map((v, c) =>
        c !== 1
          ? v
          : i % 2 === 0
            ? ["=1+1", "+cmd|' /C calc'!A0", "-2+3", "@SUM(1)", evil][i % 5]!
            : { xml: `<c r="@" t="str"><f>HYPERLINK("http://evil.invalid","x")</f><v>x</v></c>` },
      ),
    );
    rows.push(household(7).map((v, c) => (c === 1 ? evil : v)));
    writeFileSync(input, table(rows));
  });

  test("CSV output: no cell starts with = + - @ tab or CR", async () => {
    const r = await cli(["check", input, "--today", TODAY, "--format", "csv"]);
    expect(r.status).toBe(1);
    expect(r.stdout.startsWith("\uFEFF")).toBe(true);
    const fields = parseCsv(r.stdout.slice(1));
    expect(fields.flat().length).toBeGreaterThan(20);
    expect(fields.flat().filter((f) => /^[=+\-@\t\r]/.test(f))).toEqual([]);
    expect(fields.flat().some((f) => f.startsWith(`'${evil}`))).toBe(true);
  });

  test("the annotated copy: no formula in 校验结果 or in the notes; the input's own formula untouched", async () => {
    const out = join(dir, "injection.annotated.xlsx");
    const r = await cli(["check", input, "--today", TODAY, "--out", out]);
    expect(r.status).toBe(1);
    const parts = unzipSync(new Uint8Array(readFileSync(out)));
    const text = (name: string) => new TextDecoder().decode(parts[name]);
    const workbook = text("xl/workbook.xml");
    const rels = text("xl/_rels/workbook.xml.rels");
    const rid = /<sheet [^>]*name="校验结果"[^>]*r:id="([^"]+)"/.exec(workbook)?.[1];
    const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels);
    const results = text(`xl/${(target?.[1] ?? target?.[2] ?? "").replace(/^\/?xl\//, "")}`);
    expect(results).toContain("HYPERLINK(&quot;http://evil.invalid&quot;");
    expect(results).not.toMatch(/<f[\s>]/);
    const notes = Object.keys(parts).filter((n) => /comments\d*\.xml$|vmlDrawing/i.test(n));
    expect(notes.length).toBeGreaterThan(0);
    const noteText = notes.map(text).join("");
    expect(noteText).toContain("HYPERLINK(&quot;http://evil.invalid&quot;");
    expect(noteText).not.toMatch(/<f[\s>]|<x:Formula|<x:FmlaLink/);
    // The data sheet still holds the clerk's own formula, unchanged: values are never changed.
    expect(text("xl/worksheets/sheet1.xml")).toMatch(/<f>HYPERLINK\((&quot;|")http:\/\/evil\.invalid/);
  });
});

/** A small RFC 4180 reader for the test: rows of fields, quotes undone. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i];
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\r" && csv[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += ch;
  }
  return rows;
}
