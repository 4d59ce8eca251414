import { DefaultButton, Text } from "@fluentui/react";
import { useState } from "react";
import type { TemplateKind } from "../engine/template";
import type { TemplatePlace } from "../hosts/controller";
import { useStrings } from "./i18n";
import { DEFAULT_TEMPLATE_CHOICE, TemplateFields } from "./TemplateFields";

export interface TemplateInsertPanelProps {
  readonly busy: boolean;
  readonly onInsert: (kind: TemplateKind, place: TemplatePlace) => void;
}

/**
 * 插入空白表 (SPEC §12) in the task panes: the kind, the township and village for its meta row (optional), and the
 * button; the controller inserts the engine's template as a new sheet.
 */
export function TemplateInsertPanel({ busy, onInsert }: TemplateInsertPanelProps) {
  const s = useStrings();
  const [choice, setChoice] = useState(DEFAULT_TEMPLATE_CHOICE);
  return (
    <details className="anju-template" data-testid="template-insert">
      <summary>{s.t("tplInsert")}</summary>
      <Text variant="small" className="anju-muted" block>
        {s.t("tplSectionIntro")}
      </Text>
      <TemplateFields value={choice} onChange={setChoice} idPrefix="insert" />
      <DefaultButton
        iconProps={{ iconName: "Table" }}
        text={s.t("tplInsert")}
        disabled={busy}
        onClick={() => onInsert(choice.kind, { township: choice.township, village: choice.village })}
        data-testid="insert-template"
      />
    </details>
  );
}
