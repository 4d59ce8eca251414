import { FakeExcel } from "./fake-excel";
import { controllerOn } from "./helpers";

/**
 * The Excel pane's controller offers the shared controller's features (与上次报送比对, 关联文件, 插入空白表,
 * 对应表头) like the WPS one: the front end shows each only where the controller has it.
 */
test("insertTemplate, headerMap, related and compareWithPrevious are there; an insert counts its syncs", async () => {
  const fake = new FakeExcel({ api: 7 });
  fake.addSheet("张庄村", { rows: [["户主姓名"]], merges: [] });
  const c = controllerOn(fake);
  expect(typeof c.compareWithPrevious).toBe("function");
  expect(c.related?.list()).toEqual([]);
  // Excel's document settings are there (Office.context.document.settings): choices are kept in the workbook.
  expect(c.headerMap?.keptIn).toBe("workbook");
  const done = await c.insertTemplate?.("revisit", { township: "兴东镇", village: "张庄村" });
  expect(done?.sheet).toBe("张庄村 (2)");
  expect(done?.notices.map((n) => n.key)).toEqual(["tplNoValidation"]);
  expect(c.lastSyncs).toBeGreaterThan(0);
  expect(fake.sheets.map((s) => s.name)).toEqual(["张庄村", "张庄村 (2)"]);
});

test("without document settings the choices last the session", () => {
  const fake = new FakeExcel({ settings: false });
  fake.addSheet("表");
  expect(controllerOn(fake).headerMap?.keptIn).toBe("session");
});
