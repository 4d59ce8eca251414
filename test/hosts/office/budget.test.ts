import { FakeExcel } from "./fake-excel";
import { controllerOn, markColours, coloursOf } from "./helpers";
import { bigRevisitSheet } from "./sheets";

/** SPEC §3: a 5,000-row table is read, checked and marked in ≤ 10 syncs; requests and responses stay under 5 MB. */
describe.each([1, 9, 18])("ExcelApi 1.%i, 5,000 rows", (api) => {
  const sheet = bigRevisitSheet(5_000, { badEvery: 2 });

  test("check, re-check and clear each take at most 10 syncs, every batch within the limits", async () => {
    const fake = new FakeExcel({ api });
    const model = fake.addSheet(sheet.name, sheet);
    const controller = controllerOn(fake);
    const report = await controller.checkAll();
    expect(report.findings.length).toBe(2_500);
    const first = fake.stats;
    expect(first.syncs).toBeLessThanOrEqual(10);
    expect(controller.lastSyncs).toBe(first.syncs);
    // The fake throws above 5 MB; the host plans for 4 MB.
    expect(first.maxRequest).toBeLessThan(4_200_000);
    expect(first.maxResponse).toBeLessThan(4_200_000);
    expect(coloursOf(model)).toEqual(markColours(model.name, report.findings));

    fake.resetStats();
    await controller.checkActiveSheet();
    expect(fake.stats.syncs).toBeLessThanOrEqual(10);

    fake.resetStats();
    await controller.clearMarks();
    expect(fake.stats.syncs).toBeLessThanOrEqual(10);
    expect(coloursOf(model)).toEqual({});
  });
});

test("the number of syncs follows the rows, not the number of findings", async () => {
  const syncs = async (rows: number, badEvery: number) => {
    const fake = new FakeExcel({ api: 18 });
    const sheet = bigRevisitSheet(rows, { badEvery });
    fake.addSheet(sheet.name, sheet);
    const report = await controllerOn(fake).checkAll();
    return { syncs: fake.stats.syncs, findings: report.findings.length };
  };
  const few = await syncs(5_000, 500);
  const more = await syncs(5_000, 20);
  const many = await syncs(5_000, 5);
  expect(few.findings).toBe(10);
  expect(many.findings).toBeGreaterThan(few.findings * 50);
  // 10 or 1,000 findings: the same batches (one probe, one write); syncs are never spent per finding.
  expect(more.syncs).toBe(few.syncs);
  expect(many.syncs).toBe(few.syncs);
});

test("one colour needing more than 500 areas is painted in several getRanges calls, each within the limits", async () => {
  const fake = new FakeExcel({ api: 18 });
  const sheet = bigRevisitSheet(5_000, { badEvery: 2 });
  const model = fake.addSheet(sheet.name, sheet);
  const report = await controllerOn(fake).checkAll();
  const calls = fake.log.filter((l) => l.endsWith("format.fill.color=") && l.includes(".getRanges("));
  const areas = calls.map((l) => (/getRanges\("([^"]*)"\)/.exec(l)?.[1] ?? "").split(", "));
  expect(calls.length).toBeGreaterThan(2);
  expect(Math.max(...areas.map((a) => a.length))).toBeLessThanOrEqual(500);
  expect(
    Math.max(...calls.map((l) => (/getRanges\("([^"]*)"\)/.exec(l)?.[1] ?? "").length)),
  ).toBeLessThanOrEqual(8_000);
  expect(areas.reduce((n, a) => n + a.length, 0)).toBeGreaterThan(1_000);
  expect(coloursOf(model)).toEqual(markColours(model.name, report.findings));
});

test("a response over Excel's limit is read again in smaller blocks", async () => {
  const sheet = bigRevisitSheet(5_000, { badEvery: 50 });
  const normal = new FakeExcel({ api: 18 });
  normal.addSheet(sheet.name, sheet);
  const expected = await controllerOn(normal).checkAll();
  // An Excel refusing responses over 300 KB while the host plans 4 MB blocks.
  const tight = new FakeExcel({ api: 18, responseLimit: 300_000 });
  tight.addSheet(sheet.name, sheet);
  const report = await controllerOn(tight).checkAll();
  expect(report.findings).toEqual(expected.findings);
  // The refused syncs are counted too: the first block came back too large, later ones fit.
  expect(tight.syncs.some((x) => x.response > 300_000)).toBe(true);
  expect(tight.syncs.filter((x) => x.response > 300_000).length).toBeLessThanOrEqual(3);
});
