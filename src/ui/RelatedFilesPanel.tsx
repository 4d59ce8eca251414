import { Checkbox, DefaultButton, IconButton, Text } from "@fluentui/react";
import { useEffect, useRef, useState } from "react";
import type { RelatedFile, RelatedFiles } from "../hosts/controller";
import { FileInput } from "./FileInput";
import { useStrings } from "./i18n";

export interface RelatedFilesPanelProps {
  readonly related: RelatedFiles;
  readonly busy: boolean;
  /** Reads the picked files through the controller (errors and progress shown by the pane). */
  readonly onAdd: (files: File[], done: (list: readonly RelatedFile[]) => void) => void;
}

/**
 * 关联文件 (SPEC §11): the files 校验全部工作表 checks the workbook against — ledgers, the 民政 roster (one, ticked),
 * other villages' workbooks — added from this computer, never uploaded; each can be removed.
 */
export function RelatedFilesPanel({ related, busy, onAdd }: RelatedFilesPanelProps) {
  const s = useStrings();
  const input = useRef<HTMLInputElement>(null);
  const [list, setList] = useState<readonly RelatedFile[]>(() => related.list());
  // Another workbook (a new file on the page) has its own related files.
  useEffect(() => setList(related.list()), [related]);
  return (
    <details className="anju-template anju-related" data-testid="related-files">
      <summary>
        {s.t("relatedTitle")}
        {list.length > 0 ? `（${list.length}）` : ""}
      </summary>
      <Text variant="small" className="anju-muted" block>
        {s.t("relatedIntro")}
      </Text>
      <ul className="anju-related-list">
        {list.map((f) => (
          <li key={f.name} data-testid="related-file">
            <span className="anju-file-name" title={f.name}>
              {f.name}
            </span>
            <Checkbox
              label={s.t("relatedRoster")}
              checked={f.roster}
              onChange={(_e, on) => setList(related.setRoster(on ? f.name : undefined))}
            />
            <IconButton
              iconProps={{ iconName: "Cancel" }}
              title={s.t("relatedRemove", { name: f.name })}
              ariaLabel={s.t("relatedRemove", { name: f.name })}
              onClick={() => setList(related.remove(f.name))}
            />
          </li>
        ))}
      </ul>
      <Text variant="small" className="anju-note" block>
        {list.length === 0 ? s.t("relatedNone") : s.t("relatedCount", { count: list.length })}
      </Text>
      <DefaultButton
        className="anju-small-button"
        iconProps={{ iconName: "Add" }}
        text={s.t("relatedAdd")}
        disabled={busy}
        onClick={() => input.current?.click()}
      />
      <FileInput
        ref={input}
        multiple
        label={s.t("relatedPick")}
        testId="related-input"
        onFiles={(files) => onAdd(files, setList)}
      />
    </details>
  );
}
