import { execFileSync } from "node:child_process";
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Writes test/fixtures/formats/: the sample workbook and the ledger fixtures saved by LibreOffice as .xls (BIFF8)
 * and .ods, and each of their sheets as CSV in UTF-8 (as LibreOffice writes it: cells as shown, no BOM) and in
 * GB18030 (the same text re-encoded, as Excel/WPS in China write 「CSV（逗号分隔）」). Each CSV is named after its
 * sheet, as a CSV's one sheet is named after its file.
 *
 *   npx tsx scripts/make-format-fixtures.ts        (needs soffice and iconv on the PATH)
 *
 * test/formats/equivalence.test.ts checks that every one gives the .xlsx's findings.
 */
const ROOT = join(__dirname, "..");
const FIXTURES = join(ROOT, "test", "fixtures");
const OUT = join(FIXTURES, "formats");
export const FORMAT_FIXTURES = ["sample-township", "ledger-relocation", "ledger-renovation"] as const;

/** LibreOffice's CSV filter: comma, double quote, UTF-8 (76), cells as shown, every sheet to its own file (-1). */
const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1";

function soffice(target: string, files: readonly string[], outDir: string): void {
  execFileSync("soffice", ["--headless", "--convert-to", target, "--outdir", outDir, ...files], {
    stdio: "ignore",
    timeout: 180_000,
  });
}

export function makeFormatFixtures(): void {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const inputs = FORMAT_FIXTURES.map((b) => join(FIXTURES, `${b}.xlsx`));
  soffice("xls", inputs, OUT);
  soffice("ods", inputs, OUT);
  const tmp = mkdtempSync(join(tmpdir(), "anju-csv-"));
  try {
    soffice(CSV_FILTER, inputs, tmp);
    for (const base of FORMAT_FIXTURES) {
      for (const enc of ["utf8", "gb18030"]) mkdirSync(join(OUT, base, enc), { recursive: true });
      for (const file of readdirSync(tmp).filter((f) => f.startsWith(`${base}-`))) {
        const sheet = file.slice(base.length + 1);
        renameSync(join(tmp, file), join(OUT, base, "utf8", sheet));
        const gb = execFileSync("iconv", ["-f", "UTF-8", "-t", "GB18030", join(OUT, base, "utf8", sheet)]);
        writeFileSync(join(OUT, base, "gb18030", sheet), gb);
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  encryptedCopies();
  // The GB18030 copies must really differ from the UTF-8 ones (Chinese text re-encoded).
  const check = join(OUT, FORMAT_FIXTURES[0], "gb18030");
  const first = readdirSync(check)[0];
  if (
    !first ||
    readFileSync(join(check, first)).equals(readFileSync(join(OUT, FORMAT_FIXTURES[0], "utf8", first)))
  )
    throw new Error("GB18030 copies were not written");
}

/** A Basic macro that saves a workbook as .xls with a password (soffice has no command-line option for it). */
const MACRO = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub Enc(src As String, dst As String, pw As String)
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = &quot;Hidden&quot;
  args(0).Value = True
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(src), &quot;_blank&quot;, 0, args())
  Dim out(1) As New com.sun.star.beans.PropertyValue
  out(0).Name = &quot;FilterName&quot;
  out(0).Value = &quot;MS Excel 97&quot;
  out(1).Name = &quot;Password&quot;
  out(1).Value = pw
  doc.storeToURL(ConvertToURL(dst), out())
  doc.close(True)
End Sub
</script:module>
`;

function encryptedCopies(): void {
  const profile = mkdtempSync(join(tmpdir(), "anju-lo-"));
  const env = `-env:UserInstallation=file://${profile}`;
  try {
    // The first start lays out the profile (and its empty Standard library); the macro goes in after it.
    execFileSync("soffice", [env, "--headless", "--terminate_after_init"], {
      stdio: "ignore",
      timeout: 180_000,
    });
    writeFileSync(join(profile, "user", "basic", "Standard", "Module1.xba"), MACRO);
    const src = join(FIXTURES, "sample-township.xlsx");
    for (const [name, password] of [
      ["velvet", "VelvetSweatshop"],
      ["password", "anju-2024"],
    ]) {
      const dst = join(OUT, `sample-township.${name}.xls`);
      execFileSync(
        "soffice",
        [env, "--headless", `macro:///Standard.Module1.Enc("${src}","${dst}","${password}")`],
        {
          stdio: "ignore",
          timeout: 180_000,
        },
      );
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

if (require.main === module) {
  makeFormatFixtures();
  process.stdout.write(`${OUT}\n`);
}
