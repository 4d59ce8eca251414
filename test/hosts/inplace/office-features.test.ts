import { readFileSync } from "node:fs";
import { join } from "node:path";
import { planMarks } from "../../../src/engine/marks";
import type { Finding } from "../../../src/engine/model/types";
import { TODAY } from "../../engine/rules/harness";
import { fakeFromXlsx } from "../contract/excel-load";
import { FakeExcel } from "../office/fake-excel";
import { coloursOf, controllerOn } from "../office/helpers";

const FIXTURES = join(__dirname, "..", "..", "fixtures");
const bytes = (...p: string[]) => new Uint8Array(readFileSync(join(FIXTURES, ...p)));
const COLOUR = { error: "#FFC7CE", warning: "#FFEB9C", info: "#DDEBF7" } as const;

test.each([1, 8, 18])(
  "Excel (ExcelApi 1.%i): 与上次报送比对 marks the DF findings; DF-GONE listed only",
  async (api) => {
    const fake = await fakeFromXlsx(bytes("diff", "戴窑镇-2024上半年.xlsx"), new FakeExcel({ api }));
    const c = controllerOn(fake, { today: () => TODAY });
    const outcome = await c.compareWithPrevious!(
      new File([bytes("diff", "戴窑镇-2023下半年.xlsx")], "戴窑镇-2023下半年.xlsx"),
    );
    const own = outcome.report.file;
    const here = outcome.report.findings.filter((f) => f.file === own);
    expect(here.filter((f) => f.ruleId.startsWith("DF-")).length).toBe(16);
    expect(outcome.report.findings.filter((f) => f.ruleId === "DF-GONE").length).toBe(4);
    const want: Record<string, string> = {};
    for (const m of planMarks(here as unknown as Finding[]))
      if (m.sheet === "张庄村") want[m.address] = COLOUR[m.severity];
    expect(coloursOf(fake.sheet("张庄村"))).toEqual(want);
    expect(c.lastSyncs).toBeLessThanOrEqual(10);
    expect(typeof c.insertTemplate).toBe("function");
    expect(c.headerMap?.keptIn).toBeDefined();
  },
);

test("Excel: a live re-check after 与上次报送比对 re-checks with the comparison, so the DF marks stay", async () => {
  const fake = await fakeFromXlsx(bytes("diff", "戴窑镇-2024上半年.xlsx"), new FakeExcel({ api: 18 }));
  const c = controllerOn(fake, { today: () => TODAY });
  await c.compareWithPrevious!(new File([bytes("diff", "戴窑镇-2023下半年.xlsx")], "戴窑镇-2023下半年.xlsx"));
  const before = coloursOf(fake.sheet("张庄村"));
  expect(Object.keys(before).length).toBeGreaterThan(0);
  const value = fake.sheet("张庄村").get(4, 1)?.value;
  await fake.userEdit("张庄村", "B5", [[value ?? ""]]);
  await c.live.settle();
  expect(coloursOf(fake.sheet("张庄村"))).toEqual(before);
});
