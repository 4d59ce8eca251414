import { FakeExcel, FakeOfficeError } from "./fake-excel";

/** The fake must fail where Excel fails, or the host tests prove nothing. */
async function codeOf(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
    return undefined;
  } catch (e) {
    return e instanceof FakeOfficeError ? e.code : `other: ${String(e)}`;
  }
}

function workbook(api = 18) {
  const fake = new FakeExcel({ api });
  fake.addSheet("表", {
    rows: [
      ["户主姓名", "联系方式"],
      ["张三", 13812345678],
    ],
    merges: [],
  });
  return fake;
}

test("a property read before load, or after load but before sync, throws PropertyNotLoaded", async () => {
  const fake = workbook();
  const code = await codeOf(
    fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("表").getRange("A1:B2");
      expect(() => r.values).toThrow(/not available/);
      r.load("values");
      expect(() => r.values).toThrow(/not available/);
      await ctx.sync();
      expect(r.values).toEqual([
        ["户主姓名", "联系方式"],
        ["张三", 13812345678],
      ]);
      expect(() => r.address).toThrow(/not available/);
    }),
  );
  expect(code).toBeUndefined();
});

test("writes land only at sync, in order", async () => {
  const fake = workbook();
  const sheet = fake.sheet("表");
  await fake.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("表").getRange("B2").format.fill.color = "#FFC7CE";
    expect(sheet.get(1, 1)?.fill).toBeUndefined();
    await ctx.sync();
    expect(sheet.get(1, 1)?.fill?.color).toBe("#FFC7CE");
  });
  expect(fake.stats.syncs).toBe(1);
});

test("Excel.run syncs what the batch left queued", async () => {
  const fake = workbook();
  await fake.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("表").getRange("A1").format.fill.color = "#FFEB9C";
  });
  expect(fake.sheet("表").get(0, 0)?.fill?.color).toBe("#FFEB9C");
  expect(fake.stats.syncs).toBe(1);
});

/** `n` areas like `AB10001:AC10001` (15 characters, 17 with the separator). */
function areaList(n: number): string {
  return Array.from({ length: n }, (_, i) => `AB${10_001 + i}:AC${10_001 + i}`).join(", ");
}

test.each([
  ["500 short areas pass", Array.from({ length: 500 }, (_, i) => `A${i * 2 + 1}`).join(", "), undefined],
  [
    "501 short areas fail",
    Array.from({ length: 501 }, (_, i) => `A${i * 2 + 1}`).join(", "),
    "InvalidArgument",
  ],
  ["470 long areas (7,988 characters) pass", areaList(470), undefined],
  ["471 long areas (8,005 characters) fail", areaList(471), "InvalidArgument"],
])("getRanges: %s", async (_name, address, expected) => {
  const fake = workbook();
  const code = await codeOf(
    fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("表").getRanges(address).format.fill.color = "#FFC7CE";
      await ctx.sync();
    }),
  );
  expect(code).toBe(expected);
});

test("a request or a response over 5 MB fails like Excel on the web", async () => {
  const fake = workbook();
  const big = Array.from({ length: 60_000 }, () => ["一二三四五六七八九十一二三四五六"]);
  expect(
    await codeOf(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("表").getRange("A1:A60000").values = big;
        await ctx.sync();
      }),
    ),
  ).toBe("RequestPayloadSizeLimitExceeded");
  // Nothing of a refused request was applied.
  expect(fake.sheet("表").get(100, 0)).toBeUndefined();

  const half = big.slice(0, 30_000);
  for (const column of ["A", "B"]) {
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("表").getRange(`${column}1:${column}30000`).values = half;
      await ctx.sync();
    });
  }
  expect(
    await codeOf(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("表").getRange("A1:B30000").load("values");
        await ctx.sync();
      }),
    ),
  ).toBe("ResponsePayloadSizeLimitExceeded");
});

test("calls above the chosen ExcelApi version fail with ApiNotFound", async () => {
  const fake = workbook(1);
  expect(
    await codeOf(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("表").getRanges("A1, B2").format.fill.color = "#FFC7CE";
        await ctx.sync();
      }),
    ),
  ).toBe("ApiNotFound");
  expect(
    await codeOf(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("表").notes.add("A1", "x");
        await ctx.sync();
      }),
    ),
  ).toBe("ApiNotFound");
  expect(fake.isSetSupported("ExcelApi", "1.1")).toBe(true);
  expect(fake.isSetSupported("ExcelApi", "1.2")).toBe(false);
});

test("methods on a null object do nothing; a missing item fails with ItemNotFound", async () => {
  const fake = workbook();
  expect(
    await codeOf(
      fake.run(async (ctx) => {
        const ghost = ctx.workbook.worksheets.getItemOrNullObject("没有");
        ghost.delete();
        ghost.load("name");
        ctx.workbook.worksheets.getItem("表").notes.getItemOrNullObject("A1").delete();
        await ctx.sync();
        expect(ghost.isNullObject).toBe(true);
      }),
    ),
  ).toBeUndefined();
  expect(
    await codeOf(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("没有").getRange("A1").format.fill.color = "#FFC7CE";
        await ctx.sync();
      }),
    ),
  ).toBe("ItemNotFound");
});

test("a protected sheet refuses writes; a note needs one empty cell", async () => {
  const fake = workbook();
  fake.sheet("表").protected = true;
  expect(
    await codeOf(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("表").getRange("A1").format.fill.color = "#FFC7CE";
        await ctx.sync();
      }),
    ),
  ).toBe("AccessDenied");
  fake.sheet("表").protected = false;
  expect(
    await codeOf(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("表").notes.add("A1:B1", "x");
        await ctx.sync();
      }),
    ),
  ).toBe("InvalidArgument");
  fake.sheet("表").notes.set("A1", "原有批注");
  expect(
    await codeOf(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("表").notes.add("A1", "x");
        await ctx.sync();
      }),
    ),
  ).toBe("InvalidArgument");
});

test("values written as text formats stay text; an unformatted =… becomes a formula", async () => {
  const fake = workbook();
  await fake.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem("表");
    ws.getRange("C1").numberFormat = [["@"]];
    ws.getRange("C1").values = [["=1+1"]];
    ws.getRange("D1").values = [["=1+1"]];
    await ctx.sync();
  });
  expect(fake.sheet("表").get(0, 2)?.formula).toBeUndefined();
  expect(fake.sheet("表").get(0, 3)?.formula).toBe("=1+1");
});
