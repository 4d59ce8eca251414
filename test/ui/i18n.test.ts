import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { enUS } from "../../src/engine/messages/en-US";
import { zhCN } from "../../src/engine/messages/zh-CN";
import { pickLocale } from "../../src/ui/i18n";

test.each<[Array<string | undefined>, string]>([
  [["zh-CN"], "zh-CN"],
  [["zh-TW"], "zh-CN"],
  [["en-US"], "en-US"],
  [["en-GB"], "en-US"],
  [["fr-FR"], "zh-CN"],
  [[undefined, "en-US"], "en-US"],
  [["en-US", "zh-CN"], "en-US"],
  [[], "zh-CN"],
])("pickLocale(%j) is %s", (candidates, want) => {
  expect(pickLocale(...candidates)).toBe(want);
});

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(name) ? [p] : [];
  });
}

/** Keys the front end asks the catalogue for: s.t("key"…), t("key"…), and reasons/steps given as keys. */
test("every catalogue key the front end uses exists in zh-CN and en-US", () => {
  const root = join(__dirname, "..", "..", "src");
  const used = new Set<string>();
  for (const file of [
    ...files(join(root, "ui")),
    ...files(join(root, "taskpane")),
    ...files(join(root, "web")),
  ]) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/\bt\(\s*"([A-Za-z0-9]+)"/g)) used.add(m[1] as string);
    for (const m of text.matchAll(/"((?:pane|progress|web|outside|sum)[A-Z][A-Za-z0-9]*)"/g))
      used.add(m[1] as string);
  }
  expect(used.size).toBeGreaterThan(40);
  const missing = [...used].filter((k) => !(k in zhCN.ui) || !(k in enUS.ui));
  expect(missing).toEqual([]);
});
