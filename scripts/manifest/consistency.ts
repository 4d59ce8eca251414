/**
 * Manifest checks the XSD cannot make: resource references, en-US overrides, icon files and sizes, https
 * URLs, and ribbon FunctionNames registered in src/commands/. Each pushes readable problems into `problems`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { walk, type XmlElement } from "./xml";

const OVERRIDE_LOCALE = "en-US";

/** Which resource list a `resid` must point into, by the referring element's name. */
const RESOURCE_KIND_BY_ELEMENT: Record<string, string> = {
  Image: "Images",
  FunctionFile: "Urls",
  SourceLocation: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
};

function checkResources(root: XmlElement, problems: string[]): void {
  const resources = new Map<string, { kind: string; element: XmlElement }>();
  const resourcesElement = [...walk(root)].find((e) => e.name === "Resources");
  for (const list of resourcesElement?.children ?? []) {
    for (const item of list.children) {
      const id = item.attrs.get("id");
      if (id === undefined) continue;
      if (resources.has(id)) problems.push(`line ${item.line}: resource id "${id}" is defined twice`);
      resources.set(id, { kind: list.name, element: item });
      const isString = list.name === "ShortStrings" || list.name === "LongStrings";
      const overridden = item.children.some(
        (o) => o.name === "Override" && o.attrs.get("Locale") === OVERRIDE_LOCALE,
      );
      if (isString && !overridden)
        problems.push(`line ${item.line}: string "${id}" has no ${OVERRIDE_LOCALE} Override`);
    }
  }
  const used = new Set<string>();
  for (const element of walk(root)) {
    const resid = element.attrs.get("resid");
    if (resid === undefined) continue;
    used.add(resid);
    const resource = resources.get(resid);
    const wanted = RESOURCE_KIND_BY_ELEMENT[element.name];
    if (!resource) problems.push(`line ${element.line}: <${element.name} resid="${resid}"> has no resource`);
    else if (wanted && resource.kind !== wanted) {
      problems.push(
        `line ${element.line}: <${element.name} resid="${resid}"> must be in ${wanted}, not ${resource.kind}`,
      );
    }
  }
  for (const [id, { element }] of resources) {
    if (!used.has(id)) console.log(`- note: line ${element.line}: resource "${id}" is never referenced`);
  }
  for (const name of ["DisplayName", "Description"]) {
    const element = [...walk(root)].find((e) => e.name === name && e.parent?.name === "OfficeApp");
    const overridden = element?.children.some(
      (o) => o.name === "Override" && o.attrs.get("Locale") === OVERRIDE_LOCALE,
    );
    if (!overridden) problems.push(`${name} has no ${OVERRIDE_LOCALE} Override`);
  }
}

/** Reads width and height from a PNG's IHDR chunk; undefined when the file is not a PNG. */
function pngSize(file: string): { width: number; height: number } | undefined {
  const data = readFileSync(file);
  if (
    data.length < 24 ||
    data.toString("latin1", 1, 4) !== "PNG" ||
    data.toString("latin1", 12, 16) !== "IHDR"
  ) {
    return undefined;
  }
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

function checkIcon(url: string, size: number, where: string, repoRoot: string, problems: string[]): void {
  const pathname = URL.canParse(url) ? new URL(url).pathname : "";
  const index = pathname.lastIndexOf("/assets/");
  if (index < 0) {
    problems.push(`${where}: icon ${url} is not under /assets/`);
    return;
  }
  const file = join(repoRoot, "assets", decodeURIComponent(pathname.slice(index + "/assets/".length)));
  if (!existsSync(file)) {
    problems.push(`${where}: icon ${url} → ${relative(repoRoot, file)} does not exist`);
    return;
  }
  const actual = pngSize(file);
  if (!actual) problems.push(`${where}: ${relative(repoRoot, file)} is not a PNG`);
  else if (actual.width !== size || actual.height !== size) {
    problems.push(
      `${where}: ${relative(repoRoot, file)} is ${actual.width}×${actual.height}, expected ${size}×${size}`,
    );
  }
}

function checkIconsAndUrls(root: XmlElement, repoRoot: string, problems: string[]): void {
  const all = [...walk(root)];
  const topLevel = (name: string) => all.find((e) => e.name === name && e.parent?.name === "OfficeApp");
  const iconUrl = topLevel("IconUrl")?.attrs.get("DefaultValue");
  const highResIconUrl = topLevel("HighResolutionIconUrl")?.attrs.get("DefaultValue");
  if (iconUrl) checkIcon(iconUrl, 32, "IconUrl", repoRoot, problems);
  if (highResIconUrl) checkIcon(highResIconUrl, 64, "HighResolutionIconUrl", repoRoot, problems);

  const images = new Map<string, string>();
  for (const image of all.filter((e) => e.name === "Image" && e.parent?.name === "Images")) {
    images.set(image.attrs.get("id") ?? "", image.attrs.get("DefaultValue") ?? "");
  }
  const checked = new Set<string>();
  for (const ref of all.filter((e) => e.name === "Image" && e.attrs.has("resid") && e.attrs.has("size"))) {
    const resid = ref.attrs.get("resid") ?? "";
    const url = images.get(resid);
    const key = `${resid}@${ref.attrs.get("size") ?? ""}`;
    if (url === undefined || checked.has(key)) continue; // dangling resids are reported by checkResources
    checked.add(key);
    checkIcon(url, Number(ref.attrs.get("size")), `line ${ref.line} (${resid})`, repoRoot, problems);
  }

  for (const element of all) {
    for (const attr of ["DefaultValue", "Value"]) {
      const value = element.attrs.get(attr);
      if (value?.startsWith("http://")) problems.push(`line ${element.line}: ${value} must be https`);
    }
  }
}

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js)$/.test(name) ? [path] : [];
  });
}

/** A ribbon button whose FunctionName is never associated does nothing when clicked, silently. */
function checkFunctionNames(root: XmlElement, repoRoot: string, problems: string[]): void {
  const names = [...walk(root)]
    .filter((e) => e.name === "FunctionName")
    .map((e) => ({ e, name: e.text.trim() }));
  if (names.length === 0) return;
  const sources = sourceFiles(join(repoRoot, "src", "commands")).map((file) => readFileSync(file, "utf8"));
  for (const { e, name } of names) {
    const quoted = [`"${name}"`, `'${name}'`, `\`${name}\``];
    if (!sources.some((source) => quoted.some((q) => source.includes(q)))) {
      problems.push(
        `line ${e.line}: FunctionName ${name} is not registered in src/commands/ (Office.actions.associate)`,
      );
    }
  }
}

/** Runs every consistency check on a parsed manifest; icon and command files are looked up under repoRoot. */
export function checkConsistency(root: XmlElement, repoRoot: string, problems: string[]): void {
  checkResources(root, problems);
  checkIconsAndUrls(root, repoRoot, problems);
  checkFunctionNames(root, repoRoot, problems);
}
