import { MessageBar, MessageBarType, Text } from "@fluentui/react";
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import type { CheckReport } from "../engine/report";
import type { UiKey } from "../engine/messages";
import type { AnjuAction, AnjuController, Progress, RunOptions, SummaryPreview } from "../hosts/controller";
import { ActionBar } from "./ActionBar";
import { errorText } from "../engine/errors";
import { DiffCounts, type DiffSummary } from "./DiffCounts";
import { FeatureBar } from "./FeatureBar";
import { HeaderMapPanel } from "./HeaderMapPanel";
import type { FindingItem } from "./findings";
import { FindingsView } from "./FindingsView";
import { useStrings } from "./i18n";
import { ProgressLine } from "./ProgressLine";
import { RulePanel } from "./RulePanel";
import { SummaryView, type SummaryKind } from "./SummaryView";

const ALL_ACTIONS: readonly AnjuAction[] = [
  "checkActiveSheet",
  "checkAll",
  "clearMarks",
  "townshipSummary",
  "citySummary",
  "sample",
];

export interface AnjuAppProps {
  readonly controller: AnjuController | undefined;
  /** Catalogue key saying why there is no controller; every button is then disabled with it. */
  readonly noControllerReason?: UiKey | undefined;
  /** A new id runs the action once (the browser page checks a file as soon as it is chosen). */
  readonly request?: { readonly action: "checkAll" | "checkActiveSheet"; readonly id: number } | undefined;
  /** Above the buttons (the browser page's file bar). */
  readonly header?: ReactNode;
  readonly onReport?: (report: CheckReport | undefined) => void;
  /** What the host tells without being asked: a notice, or the findings of a live re-check (Office). */
  readonly pushed?: Pushed | undefined;
}

export interface Pushed {
  /** A new id for each push. */
  readonly id: number;
  readonly notice?: string;
  readonly report?: CheckReport;
}

interface Notice {
  readonly type: MessageBarType;
  readonly text: string;
}

function isAbort(e: unknown): boolean {
  return e instanceof Error && e.name === "AbortError";
}

/**
 * The task pane: the six buttons, progress with 取消, the findings list, the rule panel and the summary preview.
 * The same component is the left column of the browser page; only the controller differs.
 */
export function AnjuApp({ controller, noControllerReason, request, header, onReport, pushed }: AnjuAppProps) {
  const s = useStrings();
  const [report, setReport] = useState<CheckReport | undefined>();
  const [progress, setProgress] = useState<Progress | undefined>();
  const [notice, setNotice] = useState<Notice | undefined>();
  const [summary, setSummary] = useState<{ kind: SummaryKind; preview: SummaryPreview } | undefined>();
  const [ruleFinding, setRuleFinding] = useState<FindingItem | undefined>();
  const [diff, setDiff] = useState<DiffSummary | undefined>();
  const running = useRef<AbortController | undefined>(undefined);
  /** The last check, run again when 对应表头 is applied. */
  const lastCheck = useRef<"checkAll" | "checkActiveSheet">("checkAll");

  useEffect(() => onReport?.(report), [report, onReport]);
  // A new controller (another file on the browser page) starts from nothing.
  useEffect(() => {
    setReport(undefined);
    setSummary(undefined);
    setNotice(undefined);
    setRuleFinding(undefined);
    setDiff(undefined);
  }, [controller]);

  useEffect(() => {
    if (pushed?.report) setReport(pushed.report);
    if (pushed?.notice) setNotice({ type: MessageBarType.warning, text: pushed.notice });
  }, [pushed]);

  const run = useCallback(
    async <T,>(step: UiKey, task: (o: RunOptions) => Promise<T>, done: (v: T) => void) => {
      running.current?.abort();
      const ac = new AbortController();
      running.current = ac;
      setProgress({ step });
      setNotice(undefined);
      try {
        const value = await task({
          signal: ac.signal,
          onProgress: (p) => {
            if (!ac.signal.aborted) setProgress(p);
          },
        });
        if (ac.signal.aborted) throw new DOMException("aborted", "AbortError");
        done(value);
      } catch (e) {
        if (ac.signal.aborted || isAbort(e))
          setNotice({ type: MessageBarType.info, text: s.t("paneCancelled") });
        else
          setNotice({
            type: MessageBarType.error,
            text: s.t("paneError", { message: errorText(e, s.locale) }),
          });
      } finally {
        if (running.current === ac) {
          running.current = undefined;
          setProgress(undefined);
        }
      }
    },
    [s],
  );

  const check = useCallback(
    (action: "checkAll" | "checkActiveSheet") => {
      if (!controller) return;
      lastCheck.current = action;
      void run(
        "progressChecking",
        (o) => (action === "checkAll" ? controller.checkAll(o) : controller.checkActiveSheet(o)),
        (r) => {
          setReport(r);
          setDiff(undefined);
        },
      );
    },
    [controller, run],
  );

  const lastRequest = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (request && controller && request.id !== lastRequest.current) {
      lastRequest.current = request.id;
      check(request.action);
    }
  }, [request, controller, check]);

  const reveal = useCallback(
    (f: FindingItem) => {
      // A finding in a related file or in the previous submission is listed only: there is nothing to select.
      if (f.file !== undefined && f.file !== report?.file) return;
      controller?.reveal({ sheet: f.sheet, row: f.row, cells: f.cells }).catch((e: unknown) =>
        setNotice({
          type: MessageBarType.error,
          text: s.t("paneError", { message: errorText(e, s.locale) }),
        }),
      );
    },
    [controller, s, report],
  );

  const headerMap = controller?.headerMap;
  const applyHeaders = (choices: Parameters<NonNullable<typeof headerMap>["apply"]>[0]) => {
    if (!controller || !headerMap) return;
    void run(
      "progressChecking",
      async (o) => {
        await headerMap.apply(choices);
        return lastCheck.current === "checkAll" ? controller.checkAll(o) : controller.checkActiveSheet(o);
      },
      (r) => {
        setReport(r);
        setDiff(undefined);
      },
    );
  };

  const unavailable: Partial<Record<AnjuAction, UiKey>> = controller
    ? { ...controller.unavailable }
    : Object.fromEntries(ALL_ACTIONS.map((a) => [a, noControllerReason ?? "paneUnavailableOffice"]));

  return (
    <div className="anju-pane">
      {header}
      <ActionBar
        unavailable={unavailable}
        busy={progress !== undefined}
        onCheckSheet={() => check("checkActiveSheet")}
        onCheckAll={() => check("checkAll")}
        onClear={() =>
          controller &&
          void run(
            "progressClearing",
            (o) => controller.clearMarks(o),
            () => {
              setReport(undefined);
              setNotice({ type: MessageBarType.success, text: s.t("paneMarksCleared") });
            },
          )
        }
        onTownship={() =>
          controller &&
          void run(
            "progressSummary",
            (o) => controller.townshipSummary(o),
            (preview) => setSummary({ kind: "township", preview }),
          )
        }
        onCity={(files) =>
          controller &&
          void run(
            "progressSummary",
            (o) => controller.citySummary(files, o),
            (preview) => setSummary({ kind: "city", preview }),
          )
        }
        onSample={(percent, seed) =>
          controller &&
          void run(
            "progressSample",
            (o) => controller.sample(percent, seed, o),
            (preview) => setSummary({ kind: "sample", preview }),
          )
        }
      />
      {controller ? (
        <FeatureBar
          controller={controller}
          busy={progress !== undefined}
          run={(step, task, done) => void run(step, task, done)}
          onDiff={(outcome) => {
            setReport(outcome.report);
            setDiff(outcome);
          }}
          onInserted={(done) =>
            setNotice({
              type: done.notices.length > 0 ? MessageBarType.warning : MessageBarType.success,
              text: [
                s.t("tplInserted", { sheet: done.sheet }),
                ...done.notices.map((n) => s.t(n.key, n.params)),
              ].join(" "),
            })
          }
        />
      ) : null}
      {progress ? <ProgressLine progress={progress} onCancel={() => running.current?.abort()} /> : null}
      {notice ? (
        <MessageBar
          messageBarType={notice.type}
          onDismiss={() => setNotice(undefined)}
          dismissButtonAriaLabel={s.t("paneClose")}
          isMultiline
        >
          {notice.text}
        </MessageBar>
      ) : null}
      {summary ? (
        <SummaryView kind={summary.kind} preview={summary.preview} onClose={() => setSummary(undefined)} />
      ) : null}
      {diff ? <DiffCounts diff={diff} onClose={() => setDiff(undefined)} /> : null}
      {report && headerMap ? (
        <HeaderMapPanel
          gaps={headerMap.gaps()}
          kept={headerMap.choices()}
          onApply={applyHeaders}
          note={s.t(headerMap.keptIn === "workbook" ? "mapKeptWorkbook" : "mapKeptSession")}
          busy={progress !== undefined}
        />
      ) : null}
      {report ? (
        <FindingsView report={report} onReveal={reveal} onShowRule={setRuleFinding} />
      ) : progress ? null : (
        <Text className="anju-empty" block>
          {controller ? s.t("paneNotChecked") : ""}
        </Text>
      )}
      <RulePanel finding={ruleFinding} onDismiss={() => setRuleFinding(undefined)} />
    </div>
  );
}
