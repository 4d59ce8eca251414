import { FakeExcel } from "./fake-excel";
import { controllerOn } from "./helpers";
import { bigRevisitSheet } from "./sheets";
test("dbg", async () => {
  const fake = new FakeExcel({ api: 18 });
  const sheet = bigRevisitSheet(30, { badEvery: 3 });
  const model = fake.addSheet(sheet.name, sheet);
  const controller = controllerOn(fake, {
    onLiveReport: (r) => console.log("report", r.findings.length),
    onNotice: (n, t) => console.log("notice", t),
  });
  await controller.checkAll();
  console.log("handlers", model.handlers.length, fake.enableEvents);
  await fake.userEdit(model.name, "C5", [["13812345678"]]);
  await controller.live.settle();
  await new Promise((r) => setTimeout(r, 50));
});
