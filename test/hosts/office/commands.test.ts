import { FakeExcel } from "./fake-excel";
import { officeGlobal } from "./office-global";
import { bigRevisitSheet } from "./sheets";
import { coloursOf } from "./helpers";

// office-addin-mock reads one enum from office-addin-manifest, whose ES-module dependencies jest cannot load.
jest.mock("office-addin-manifest", () => ({
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
}));

interface Dialog {
  url: string;
  handlers: Map<string, (arg: unknown) => void>;
  closed: boolean;
}

const fake = new FakeExcel({ api: 18, url: "https://example.test/乡镇/戴窑镇.xlsx" });
const dialogs: Dialog[] = [];
const associated = new Map<string, (event: { completed: () => void }) => void>();

beforeAll(async () => {
  const sheet = bigRevisitSheet(30, { badEvery: 3 });
  fake.addSheet(sheet.name, sheet);
  const g = globalThis as Record<string, unknown>;
  g.window = { location: { href: "https://localhost:3000/commands.html", search: "" } };
  g.Excel = { run: fake.run };
  g.Office = officeGlobal(fake, {
    ui: {
      displayDialogAsync(url: string, _options: unknown, callback: (r: unknown) => void) {
        const dialog: Dialog = { url, handlers: new Map(), closed: false };
        dialogs.push(dialog);
        callback({
          status: "succeeded",
          value: {
            addEventHandler: (type: string, h: (arg: unknown) => void) => dialog.handlers.set(type, h),
            close: () => {
              dialog.closed = true;
            },
          },
        });
      },
    },
    members: {
      onReady: (cb: () => void) => {
        cb();
        return Promise.resolve({});
      },
      actions: {
        associate: (name: string, fn: (event: { completed: () => void }) => void) => associated.set(name, fn),
      },
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      EventType: {
        DialogMessageReceived: "dialogMessageReceived",
        DialogEventReceived: "dialogEventReceived",
      },
    },
  });
  await import("../../../src/commands/commands");
});

afterAll(() => {
  const g = globalThis as Record<string, unknown>;
  delete g.window;
  delete g.Excel;
  delete g.Office;
});

/** Clicks the ribbon's 校验 button and closes the message dialog as the clerk would. */
async function click(): Promise<{ completed: jest.Mock; dialog: Dialog | undefined }> {
  const completed = jest.fn();
  const before = dialogs.length;
  associated.get("checkActiveSheet")?.({ completed });
  for (let i = 0; i < 100 && dialogs.length === before; i++) await new Promise((r) => setTimeout(r, 5));
  const dialog = dialogs[before];
  dialog?.handlers.get("dialogMessageReceived")?.({ message: "close" });
  for (let i = 0; i < 100 && completed.mock.calls.length === 0; i++)
    await new Promise((r) => setTimeout(r, 5));
  return { completed, dialog };
}

function messageOf(dialog: Dialog | undefined): string {
  return new URL(dialog?.url ?? "https://x/").searchParams.get("anju-message") ?? "";
}

test("the ribbon's 校验 button checks and marks the active sheet without the task pane, and shows the counts", async () => {
  const { completed, dialog } = await click();
  expect(associated.has("checkActiveSheet")).toBe(true);
  expect(completed).toHaveBeenCalledTimes(1);
  expect(dialog?.url.startsWith("https://localhost:3000/commands.html?anju-message=")).toBe(true);
  expect(dialog?.closed).toBe(true);
  expect(messageOf(dialog)).toBe(
    "工作表“张庄村”校验完成：错误 6 条，警告 4 条，提示 0 条。\n打开任务窗格可查看每条问题并定位到单元格。",
  );
  expect(coloursOf(fake.sheet("张庄村")).C5).toBe("#FFEB9C");
});

test("when Excel refuses (a cell being edited) the message says why, and the command still completes", async () => {
  fake.failures.push("InvalidOperationInCellEditMode");
  const { completed, dialog } = await click();
  expect(completed).toHaveBeenCalledTimes(1);
  expect(messageOf(dialog)).toBe("Excel 正在编辑单元格，请按 Enter 或 Esc 结束编辑后再试。");
});

test("a protected sheet: counts, and the reason there are no marks", async () => {
  const sheet = fake.sheet("张庄村");
  sheet.protected = true;
  const { dialog } = await click();
  expect(messageOf(dialog)).toContain("工作表“张庄村”受保护，已校验但未写入标记。");
  sheet.protected = false;
});
