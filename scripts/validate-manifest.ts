/**
 * Validates the add-in manifest offline: `npm run validate [-- path/to/manifest.xml]`.
 *
 * 1. XSD validation against the vendored schemas (vendor/office-manifest-schemas/) with xmllint-wasm, and
 *    again with the system `xmllint` when it is installed (skipped, and said so, when it is not).
 * 2. office-addin-manifest's reader must parse it; Id, DisplayName and hosts must be Anju's.
 * 3. What the XSD does not check: every `resid` names a resource of the right kind (images, URLs, short or
 *    long strings); every string has an en-US override; every icon URL names a PNG under assets/ whose pixel
 *    size is the one the manifest declares; every URL is https; every ribbon FunctionName is registered in
 *    src/commands/.
 *
 * Exit status: 0 valid, 1 invalid (each problem printed), 2 bad usage or unreadable file. No network access.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { basename, join, relative, resolve } from "node:path";
import { OfficeAddinManifest } from "office-addin-manifest";
import { validateXML } from "xmllint-wasm";
import { checkConsistency } from "./manifest/consistency";
import { parseXml, type XmlElement } from "./manifest/xml";

const REPO_ROOT = resolve(__dirname, "..");
const SCHEMA_DIR = join(REPO_ROOT, "vendor", "office-manifest-schemas");
const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";
/** Imported by the main schema by relative file name; xmllint-wasm must be given each one (see its README). */
const IMPORTED_SCHEMAS = [
  "OfficeAppBasicTypesV1_0.xsd",
  "TaskPaneAppVersionOverridesV1_0.xsd",
  "MailAppVersionOverridesV1_0.xsd",
  "MailAppVersionOverridesV1_1.xsd",
];

/** Anju's identity: a packaged manifest may change URLs, never these. */
const EXPECTED = {
  id: "3b8f5e2a-6c1d-4e7f-9a2b-1d4c7e9f0a52",
  displayName: "安居台账核查",
  hosts: ["Workbook"],
};

class UsageError extends Error {}

async function checkSchema(manifestPath: string, text: string, problems: string[]): Promise<void> {
  const readSchema = (fileName: string) => ({
    fileName,
    contents: readFileSync(join(SCHEMA_DIR, fileName), "utf8"),
  });
  const result = await validateXML({
    xml: [{ fileName: basename(manifestPath), contents: text }],
    schema: [readSchema(MAIN_SCHEMA)],
    preload: IMPORTED_SCHEMAS.map(readSchema),
  });
  if (result.valid) console.log("✓ XSD (xmllint-wasm): valid");
  for (const error of result.errors) {
    if (error.rawMessage.trim() !== "") problems.push(`XSD (xmllint-wasm): ${error.rawMessage.trim()}`);
  }

  const system = spawnSync(
    "xmllint",
    ["--nonet", "--noout", "--schema", join(SCHEMA_DIR, MAIN_SCHEMA), manifestPath],
    { encoding: "utf8" },
  );
  if (system.error) {
    console.log("- XSD (system xmllint): not installed, skipped (apt-get install libxml2-utils)");
  } else if (system.status === 0) {
    console.log("✓ XSD (system xmllint): valid");
  } else {
    problems.push(`XSD (system xmllint, exit ${system.status ?? "?"}):\n${system.stderr.trim()}`);
  }
}

async function checkIdentity(manifestPath: string, problems: string[], anyId: boolean): Promise<void> {
  const info = await OfficeAddinManifest.readManifestFile(manifestPath);
  const before = problems.length;
  if (anyId ? !/^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i.test(info.id ?? "") : info.id !== EXPECTED.id) {
    problems.push(`Id is ${info.id ?? "missing"}, expected ${anyId ? "a GUID" : EXPECTED.id}`);
  }
  if (info.displayName !== EXPECTED.displayName) {
    problems.push(`DisplayName is ${info.displayName ?? "missing"}, expected ${EXPECTED.displayName}`);
  }
  const hosts = info.hosts ?? [];
  if (hosts.join(",") !== EXPECTED.hosts.join(",")) {
    problems.push(`Hosts are [${hosts.join(", ")}], expected [${EXPECTED.hosts.join(", ")}]`);
  }
  if (info.officeAppType !== "TaskPaneApp") problems.push(`OfficeApp type is ${info.officeAppType ?? "?"}`);
  if (problems.length === before) {
    console.log(
      `✓ office-addin-manifest: ${info.displayName} ${info.version ?? ""} (${info.id}) for ${hosts}`,
    );
  }
}

export interface ValidateOptions {
  /** A packaged manifest may carry a fresh Id (`npm run package -- --new-id`). */
  readonly anyId?: boolean;
}

/** Every problem found in a manifest (empty when valid); progress lines go to the console. */
export async function validateManifest(
  manifestPath: string,
  options: ValidateOptions = {},
): Promise<string[]> {
  const text = readFileSync(manifestPath, "utf8");
  console.log(`Validating ${relative(process.cwd(), manifestPath) || manifestPath}`);
  const problems: string[] = [];
  await checkSchema(manifestPath, text, problems);
  let root: XmlElement;
  try {
    root = parseXml(text, manifestPath);
  } catch (error) {
    problems.push(`not well-formed XML: ${error instanceof Error ? error.message : String(error)}`);
    return problems;
  }
  await checkIdentity(manifestPath, problems, options.anyId === true).catch((error: unknown) => {
    problems.push(
      `office-addin-manifest could not read it: ${error instanceof Error ? error.message : error}`,
    );
  });
  const before = problems.length;
  checkConsistency(root, REPO_ROOT, problems);
  if (problems.length === before) console.log("✓ resources, icons, URLs and ribbon functions are consistent");
  return problems;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.length > 1 || args.some((a) => a.startsWith("-"))) {
    throw new UsageError("usage: tsx scripts/validate-manifest.ts [manifest.xml]");
  }
  const manifestPath = resolve(args[0] ?? join(REPO_ROOT, "manifest.xml"));
  if (!existsSync(manifestPath)) throw new UsageError(`manifest not found: ${manifestPath}`);
  return report(await validateManifest(manifestPath));
}

function report(problems: string[]): number {
  if (problems.length === 0) {
    console.log("Manifest is valid.");
    return 0;
  }
  console.error(`\nManifest is NOT valid — ${problems.length} problem(s):`);
  for (const problem of problems) console.error(`  ✗ ${problem}`);
  return 1;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(
        error instanceof UsageError ? error.message : `validate-manifest failed: ${String(error)}`,
      );
      process.exit(2);
    },
  );
}
