import { DefaultButton, Dropdown, MessageBar, MessageBarType, Text, TextField } from "@fluentui/react";
import { useState } from "react";
import {
  TEMPLATE_KINDS,
  TEMPLATE_KIND_KEYS,
  TEMPLATE_MAX_ROWS,
  TEMPLATE_DEFAULT_ROWS,
  type TemplateKind,
} from "../engine/template";
import { saveBytes } from "../ui/download";
import { errorText } from "../engine/errors";
import { useStrings } from "../ui/i18n";
import { templateDownload } from "./template";

/**
 * 空白表 (SPEC §12): the same blank tables as `anju template`, for download — 表A.1 or a ledger, with the township
 * and village written into its meta row, the number of rows chosen. Made in the page, nothing is uploaded.
 */
export function TemplateSection() {
  const s = useStrings();
  const [kind, setKind] = useState<TemplateKind>("revisit");
  const [township, setTownship] = useState("");
  const [village, setVillage] = useState("");
  const [rows, setRows] = useState(String(TEMPLATE_DEFAULT_ROWS));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const n = /^\d+$/.test(rows.trim()) ? Number(rows.trim()) : NaN;
  const rowsOk = Number.isInteger(n) && n >= 1 && n <= TEMPLATE_MAX_ROWS;

  const download = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const file = await templateDownload({ kind, township, village, rows: n }, s.locale);
      saveBytes(file.fileName, file.bytes);
    } catch (e) {
      setError(errorText(e, s.locale));
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="anju-template" data-testid="template-section">
      <summary>{s.t("tplSectionTitle")}</summary>
      <Text variant="small" className="anju-muted" block>
        {s.t("tplSectionIntro")}
      </Text>
      <div className="anju-template-fields">
        <Dropdown
          ariaLabel={s.t("tplSectionTitle")}
          selectedKey={kind}
          options={TEMPLATE_KINDS.map((k) => ({ key: k, text: s.t(TEMPLATE_KIND_KEYS[k]) }))}
          onChange={(_e, o) => o && setKind(o.key as TemplateKind)}
          data-testid="template-kind"
        />
        <TextField
          label={s.t("tplTownship")}
          value={township}
          onChange={(_e, v) => setTownship(v ?? "")}
          data-testid="template-township"
        />
        <TextField
          label={s.t("tplVillage")}
          value={village}
          onChange={(_e, v) => setVillage(v ?? "")}
          data-testid="template-village"
        />
        <TextField
          label={s.t("tplRows")}
          value={rows}
          onChange={(_e, v) => setRows(v ?? "")}
          {...(rowsOk ? {} : { errorMessage: s.t("tplBadRows", { max: TEMPLATE_MAX_ROWS }) })}
          data-testid="template-rows"
        />
      </div>
      <DefaultButton
        iconProps={{ iconName: "Download" }}
        text={s.t("tplDownload")}
        disabled={busy || !rowsOk}
        onClick={() => void download()}
        data-testid="template-download"
      />
      {error ? (
        <MessageBar messageBarType={MessageBarType.error} isMultiline>
          {error}
        </MessageBar>
      ) : null}
    </details>
  );
}
