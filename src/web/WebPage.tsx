import { Icon, Text } from "@fluentui/react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
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
import { FileBar } from "./FileBar";
import type { PreviewWorkbook } from "./job";
import { SheetPreview, type Revealed } from "./SheetPreview";
import { TemplateSection } from "./TemplateSection";

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
  const [saving, setSaving] = useState(false);
  const [gaps, setGaps] = useState<readonly HeaderGap[]>([]);
  const [kept, setKept] = useState<readonly HeaderChoice[]>([]);
  const activeRef = useRef(active);
  activeRef.current = active;

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

  // Only what is in this workbook is marked in the preview (not related files' findings, nor gone households).
  const marks = useMemo(
    () => cellMarks((report?.findings ?? []).filter((f) => f.file === undefined || f.file === report?.file)),
    [report],
  );

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
    <FileBar
      fileName={controller?.fileName}
      onOpen={(file) => void open(file)}
      canDownload={report !== undefined && !saving}
      saving={saving}
      onDownload={() => void download()}
      error={fileError}
    >
      {controller ? (
        <HeaderMapPanel gaps={gaps} kept={kept} onApply={applyMapping} onKeep={downloadConfig} />
      ) : null}
    </FileBar>
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
