import { DefaultButton, Text } from "@fluentui/react";
import { useRef, useState } from "react";
import type { FillOutcome } from "../hosts/controller";
import { FileInput } from "./FileInput";
import { useStrings } from "./i18n";

export interface FillFormPanelProps {
  readonly busy: boolean;
  /** Runs the controller's fillForm on the picked files; `done` with what it did. */
  readonly onFill: (files: readonly File[], done: (outcome: FillOutcome) => void) => void;
}

/**
 * 填写汇总表 (SPEC §13) in the task panes: the active sheet is the county's own form; the clerk picks the township
 * (village) workbooks and the controller fills its statistic cells as `anju fill` does. Then: how many cells were
 * filled, the rows and header labels that matched nothing, and the formula cells left as they are.
 */
export function FillFormPanel({ busy, onFill }: FillFormPanelProps) {
  const s = useStrings();
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<FillOutcome | undefined>();
  const filled = outcome?.report.filled.length ?? 0;
  const rows = outcome?.report.unmatched.rows ?? [];
  const labels = outcome?.report.unmatched.labels ?? [];
  return (
    <details className="anju-template anju-fill" data-testid="fill-form">
      <summary>{s.t("paneFillTitle")}</summary>
      <Text variant="small" className="anju-muted" block>
        {s.t("paneFillIntro")}
      </Text>
      <DefaultButton
        iconProps={{ iconName: "Table" }}
        text={s.t("paneFillTitle")}
        title={s.t("paneFillPick")}
        disabled={busy}
        onClick={() => input.current?.click()}
        data-testid="fill-button"
      />
      <FileInput
        ref={input}
        label={s.t("paneFillPick")}
        testId="fill-input"
        multiple
        onFiles={(files) => {
          setOutcome(undefined);
          onFill(files, setOutcome);
        }}
      />
      {outcome ? (
        <div className="anju-fill-result" data-testid="fill-result" role="status">
          <Text block data-testid="fill-done">
            {filled > 0
              ? s.t("paneFillDone", { sheet: outcome.sheet, cells: filled, rows: outcome.rows })
              : s.t("paneFillNothing", { sheet: outcome.sheet })}
          </Text>
          {rows.length > 0 ? (
            <>
              <Text variant="small" block>
                {s.t("fillUnmatchedRows", { count: rows.length })}
              </Text>
              <ul className="anju-fill-list" data-testid="fill-unmatched-rows">
                {rows.map((r) => (
                  <li key={`${r.sheet}|${r.row}`}>
                    {s.t("fillRow", { sheet: r.sheet, row: r.row, name: r.name })}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {labels.length > 0 ? (
            <>
              <Text variant="small" block>
                {s.t("fillUnmatchedLabels", { count: labels.length })}
              </Text>
              <ul className="anju-fill-list" data-testid="fill-unmatched-labels">
                {labels.map((l) => (
                  <li key={`${l.sheet}|${l.cell}`}>{`${l.cell}  ${l.text}`}</li>
                ))}
              </ul>
            </>
          ) : null}
          {outcome.formulaCells.length > 0 ? (
            <Text variant="small" className="anju-muted" block data-testid="fill-formula-cells">
              {s.t("fillFormulaCells", { cells: outcome.formulaCells.join("、") })}
            </Text>
          ) : null}
        </div>
      ) : null}
    </details>
  );
}
