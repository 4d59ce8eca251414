import { DefaultButton, Dropdown, Text, TextField } from "@fluentui/react";
import { useState } from "react";
import { TEMPLATE_KIND_KEYS, TEMPLATE_KINDS, type TemplateKind } from "../engine/template";
import type { TemplatePlace } from "../hosts/controller";
import { useStrings } from "./i18n";

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
  const [kind, setKind] = useState<TemplateKind>("revisit");
  const [township, setTownship] = useState("");
  const [village, setVillage] = useState("");
  return (
    <details className="anju-template" data-testid="template-insert">
      <summary>{s.t("tplInsert")}</summary>
      <Text variant="small" className="anju-muted" block>
        {s.t("tplSectionIntro")}
      </Text>
      <div className="anju-template-fields">
        <Dropdown
          label={s.t("tplInsertKind")}
          selectedKey={kind}
          options={TEMPLATE_KINDS.map((k) => ({ key: k, text: s.t(TEMPLATE_KIND_KEYS[k]) }))}
          onChange={(_e, o) => o && setKind(o.key as TemplateKind)}
          data-testid="insert-kind"
        />
        <TextField label={s.t("tplTownship")} value={township} onChange={(_e, v) => setTownship(v ?? "")} />
        <TextField label={s.t("tplVillage")} value={village} onChange={(_e, v) => setVillage(v ?? "")} />
      </div>
      <DefaultButton
        iconProps={{ iconName: "Table" }}
        text={s.t("tplInsert")}
        disabled={busy}
        onClick={() => onInsert(kind, { township, village })}
        data-testid="insert-template"
      />
    </details>
  );
}
