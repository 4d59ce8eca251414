import { DefaultButton, Icon, MessageBar, MessageBarType, PrimaryButton, Text } from "@fluentui/react";
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from "react";
import type { Locale } from "../engine/messages";
import type { YMD } from "../engine/parse/date";
import type { CheckReport } from "../engine/report";
import type { FindingTarget } from "../hosts/controller";
import { AnjuApp } from "../ui/AnjuApp";
import { errorText } from "../engine/errors";
import { saveBytes } from "../ui/download";
import { cellMarks } from "../ui/findings";
import { useStrings } from "../ui/i18n";
import { countyHeadersConfig, type HeaderChoice, type HeaderGap } from "../engine/header/gaps";
import { HeaderMapPanel } from "../ui/HeaderMapPanel";
import { WebController, type WebView } from "./controller";
import { CheckEngine } from "./engine";
import type { PreviewWorkbook } from "./job";
import { SheetPreview, type Revealed } from "./SheetPreview";
import { TemplateSection } from "./TemplateSection";

/** The formats the page reads (SPEC §8), by extension and by the types browsers give them. */
const WORKBOOK_ACCEPT = [
  ".xlsx",
  ".xlsm",
  ".xls",
  ".et",
  ".ods",
  ".csv",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.ms-excel",
  "application/vnd.oasis.opendocument.spreadsheet",
  "text/csv",
].join(",");

export interface WebPageProps {
  readonly locale: Locale;
  readonly today: YMD;
}

/**
 * The browser page: choose or drop a workbook (.xlsx, .xls, .et, .ods or .csv), the task pane's front end checks it (in a worker, on this machine),
 * the sheet preview shows the marks, and the annotated copy downloads from memory. No upload, no network.
 */
export function WebPage({ locale, today }: WebPageProps) {
  const s = useStrings();
  const engine = useMemo(() => new CheckEngine(), []);
  useEffect(() => () => engine.dispose(), [engine]);
  const [controller, setController] = useState<WebController | undefined>();
  const [request, setRequest] = useState<{ action: "checkAll"; id: number } | undefined>();
  const [workbook, setWorkbook] = useState<PreviewWorkbook | undefined>();
  const [active, setActive] = useState<string>("");
  const [revealed, setRevealed] = useState<Revealed | undefined>();
  const [report, setReport] = useState<CheckReport | undefined>();
  const [fileError, setFileError] = useState<string | undefined>();
  const [dragging, setDragging] = useState(false);
  const [saving, setSaving] = useState(false);
  const [gaps, setGaps] = useState<readonly HeaderGap[]>([]);
  const [kept, setKept] = useState<readonly HeaderChoice[]>([]);
  const activeRef = useRef(active);
  activeRef.current = active;
  const fileInput = useRef<HTMLInputElement>(null);

  const view: WebView = useMemo(
    () => ({
      activeSheet: () => activeRef.current || undefined,
      reveal: (target: FindingTarget) => {
        setActive(target.sheet);
        setRevealed((r) => ({ target, nonce: (r?.nonce ?? 0) + 1 }));
      },
      showHeaderGaps: (g: readonly HeaderGap[]) => setGaps(g),
      showWorkbook: (wb: PreviewWorkbook) => {
        setWorkbook(wb);
        setActive((a) =>
          wb.sheets.some((x) => x.name === a) ? a : (wb.sheets.find((x) => !x.hidden)?.name ?? ""),
        );
      },
    }),
    [],
  );

  const open = useCallback(
    async (file: File) => {
      performance.clearMarks("anju:file-chosen");
      performance.mark("anju:file-chosen");
      setFileError(undefined);
      setWorkbook(undefined);
      setRevealed(undefined);
      setActive("");
      setGaps([]);
      setKept([]);
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        setController(new WebController({ name: file.name, bytes }, view, engine, locale, today));
        setRequest((r) => ({ action: "checkAll", id: (r?.id ?? 0) + 1 }));
      } catch (e) {
        setController(undefined);
        setFileError(errorText(e, locale));
      }
    },
    [view, engine, locale, today],
  );

  const onReport = useCallback((r: CheckReport | undefined) => setReport(r), []);
  // Time from file chosen to list shown, for the page's own measurement (test/browser reads it).
  useEffect(() => {
    if (!report) return;
    const id = requestAnimationFrame(() => {
      if (performance.getEntriesByName("anju:file-chosen").length === 0) return;
      performance.clearMeasures("anju:file-to-list");
      const m = performance.measure("anju:file-to-list", "anju:file-chosen");
      document.documentElement.setAttribute("data-file-to-list-ms", String(Math.round(m.duration)));
    });
    return () => cancelAnimationFrame(id);
  }, [report]);

  const marks = useMemo(() => cellMarks(report?.findings ?? []), [report]);

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) void open(file);
  };

  const download = async () => {
    if (!controller) return;
    setSaving(true);
    try {
      // Let the button show its busy text before ExcelJS takes the thread.
      await new Promise((r) => setTimeout(r, 0));
      const copy = await controller.annotatedCopy();
      saveBytes(copy.fileName, copy.bytes);
    } catch (e) {
      setFileError(errorText(e, locale));
    } finally {
      setSaving(false);
    }
  };

  /** 对应表头: the choices apply to this file's checks at once; the county config keeps them. */
  const applyMapping = (choices: readonly HeaderChoice[]) => {
    if (!controller) return;
    setKept(choices);
    controller.setHeaderMapping(choices.map((c) => ({ field: c.field, header: c.header })));
    setRequest((r) => ({ action: "checkAll", id: (r?.id ?? 0) + 1 }));
  };
  const downloadConfig = (choices: readonly HeaderChoice[]) => {
    const json = `${JSON.stringify(countyHeadersConfig(choices), null, 2)}\n`;
    saveBytes(s.t("mapConfigName"), new TextEncoder().encode(json), "application/json");
  };

  const fileBar = (
    <div
      className={dragging ? "anju-drop anju-drop-active" : "anju-drop"}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      data-testid="drop-zone"
    >
      <input
        ref={fileInput}
        type="file"
        accept={WORKBOOK_ACCEPT}
        hidden
        aria-label={s.t("webDropZone")}
        data-testid="file-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (file) void open(file);
        }}
      />
      <div className="anju-drop-line">
        <PrimaryButton
          iconProps={{ iconName: "OpenFile" }}
          text={s.t("webChoose")}
          onClick={() => fileInput.current?.click()}
        />
        <Text variant="small" className="anju-muted">
          {s.t("webDrop")}
        </Text>
      </div>
      {controller ? (
        <div className="anju-drop-line">
          <Text variant="small" className="anju-file-name" title={controller.fileName}>
            {s.t("webFile", { name: controller.fileName })}
          </Text>
          <DefaultButton
            iconProps={{ iconName: "Download" }}
            text={saving ? s.t("progressAnnotating") : s.t("webDownloadAnnotated")}
            disabled={!report || saving}
            onClick={() => void download()}
            data-testid="download-annotated"
          />
        </div>
      ) : null}
      {controller ? (
        <HeaderMapPanel gaps={gaps} kept={kept} onApply={applyMapping} onKeep={downloadConfig} />
      ) : null}
      {fileError ? (
        <MessageBar messageBarType={MessageBarType.error} isMultiline>
          {fileError}
        </MessageBar>
      ) : null}
    </div>
  );

  return (
    <div className="anju-web">
      <header className="anju-topbar">
        <Icon iconName="ExcelLogo" className="anju-topbar-icon" aria-hidden="true" />
        <h1>{s.t("webTitle")}</h1>
        <span className="anju-topbar-note">{s.t("webLocal")}</span>
      </header>
      <main className="anju-web-main">
        <div className="anju-web-left">
          <AnjuApp
            controller={controller}
            noControllerReason="webPickFirst"
            request={request}
            header={
              <>
                {fileBar}
                <TemplateSection />
              </>
            }
            onReport={onReport}
          />
        </div>
        <div className="anju-web-right">
          {workbook ? (
            <SheetPreview
              workbook={workbook}
              marks={marks}
              active={active}
              onActivate={setActive}
              revealed={revealed}
            />
          ) : (
            <div className="anju-preview-empty">
              <Text variant="medium" className="anju-muted">
                {s.t("webPreviewEmpty")}
              </Text>
            </div>
          )}
        </div>
      </main>
    </div>
  );
}
