import { DefaultButton } from "@fluentui/react";
import { useRef } from "react";
import type { UiKey } from "../engine/messages";
import type { TemplateKind } from "../engine/template";
import type {
  AnjuController,
  DiffOutcome,
  FillOutcome,
  InsertedTemplate,
  RelatedFile,
  RunOptions,
  TemplatePlace,
} from "../hosts/controller";

import { FileInput } from "./FileInput";
import { FillFormPanel } from "./FillFormPanel";
import { useStrings } from "./i18n";
import { RelatedFilesPanel } from "./RelatedFilesPanel";
import { TemplateInsertPanel } from "./TemplateInsertPanel";

/** The pane's way of running a task: progress, 取消, errors shown; `done` with the result. */
export type RunTask = <T>(step: UiKey, task: (o: RunOptions) => Promise<T>, done: (v: T) => void) => void;

export interface FeatureBarProps {
  readonly controller: AnjuController;
  readonly busy: boolean;
  readonly run: RunTask;
  readonly onDiff: (outcome: DiffOutcome) => void;
  readonly onInserted: (done: InsertedTemplate) => void;
}

/**
 * The buttons of issues 18–21 beside the six of ActionBar, each shown only where the controller has it:
 * 与上次报送比对 (picks the previous submission's file), 关联文件, 插入空白表, 填写汇总表.
 */
export function FeatureBar({ controller, busy, run, onDiff, onInserted }: FeatureBarProps) {
  const s = useStrings();
  const previous = useRef<HTMLInputElement>(null);
  const compare = controller.compareWithPrevious?.bind(controller);
  const insert = controller.insertTemplate?.bind(controller);
  const related = controller.related;
  const fill = controller.fillForm?.bind(controller);
  if (!compare && !insert && !related && !fill) return null;
  return (
    <section className="anju-actions anju-features" aria-label={s.t("diffCompare")}>
      {compare ? (
        <div className="anju-button-row">
          <DefaultButton
            iconProps={{ iconName: "BranchCompare" }}
            text={s.t("diffCompare")}
            title={s.t("diffPick")}
            disabled={busy}
            onClick={() => previous.current?.click()}
            data-testid="diff-button"
          />
          <FileInput
            ref={previous}
            label={s.t("diffPick")}
            testId="diff-input"
            onFiles={([file]) => file && run("progressReading", (o) => compare(file, o), onDiff)}
          />
        </div>
      ) : null}
      {related ? (
        <RelatedFilesPanel
          related={related}
          busy={busy}
          onAdd={(files, done: (list: readonly RelatedFile[]) => void) =>
            run("progressReading", (o) => related.add(files, o), done)
          }
        />
      ) : null}
      {insert ? (
        <TemplateInsertPanel
          busy={busy}
          onInsert={(kind: TemplateKind, place: TemplatePlace) =>
            run("progressInserting", (o) => insert(kind, place, o), onInserted)
          }
        />
      ) : null}
      {fill ? (
        <FillFormPanel
          busy={busy}
          onFill={(files, done: (outcome: FillOutcome) => void) =>
            run("progressFilling", (o) => fill(files, o), done)
          }
        />
      ) : null}
    </section>
  );
}
