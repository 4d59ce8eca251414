import { Dropdown, TextField } from "@fluentui/react";
import type { ReactNode } from "react";
import { TEMPLATE_KIND_KEYS, TEMPLATE_KINDS, type TemplateKind } from "../engine/template";
import { useStrings } from "./i18n";

/** What a blank table (SPEC §12) is made for: its kind, and the township and village of its meta row. */
export interface TemplateChoice {
  readonly kind: TemplateKind;
  readonly township: string;
  readonly village: string;
}

export const DEFAULT_TEMPLATE_CHOICE: TemplateChoice = { kind: "revisit", township: "", village: "" };

export interface TemplateFieldsProps {
  readonly value: TemplateChoice;
  readonly onChange: (value: TemplateChoice) => void;
  /** `template` on the page (its download), `insert` in the panes (插入空白表): the fields' test ids. */
  readonly idPrefix: "template" | "insert";
  /** Fields after the shared three (the page's row count). */
  readonly children?: ReactNode;
}

/** The kind dropdown and the township and village fields, the same on the page and in the task panes. */
export function TemplateFields({ value, onChange, idPrefix, children }: TemplateFieldsProps) {
  const s = useStrings();
  return (
    <div className="anju-template-fields">
      <Dropdown
        label={s.t("tplInsertKind")}
        selectedKey={value.kind}
        options={TEMPLATE_KINDS.map((k) => ({ key: k, text: s.t(TEMPLATE_KIND_KEYS[k]) }))}
        onChange={(_e, o) => o && onChange({ ...value, kind: o.key as TemplateKind })}
        data-testid={`${idPrefix}-kind`}
      />
      <TextField
        label={s.t("tplTownship")}
        value={value.township}
        onChange={(_e, v) => onChange({ ...value, township: v ?? "" })}
        data-testid={`${idPrefix}-township`}
      />
      <TextField
        label={s.t("tplVillage")}
        value={value.village}
        onChange={(_e, v) => onChange({ ...value, village: v ?? "" })}
        data-testid={`${idPrefix}-village`}
      />
      {children}
    </div>
  );
}
