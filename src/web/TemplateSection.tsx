import { DefaultButton, MessageBar, MessageBarType, Text, TextField } from "@fluentui/react";
import { useState } from "react";
import { TEMPLATE_MAX_ROWS, TEMPLATE_DEFAULT_ROWS } from "../engine/template";
import { saveBytes } from "../ui/download";
import { errorText } from "../engine/errors";
import { useStrings } from "../ui/i18n";
import { DEFAULT_TEMPLATE_CHOICE, TemplateFields } from "../ui/TemplateFields";
import { templateDownload } from "./template";

/**
 * 空白表 (SPEC §12): the same blank tables as `anju template`, for download — 表A.1 or a ledger, with the township
 * and village written into its meta row, the number of rows chosen. Made in the page, nothing is uploaded.
 */
export function TemplateSection() {
  const s = useStrings();
  const [choice, setChoice] = useState(DEFAULT_TEMPLATE_CHOICE);
  const [rows, setRows] = useState(String(TEMPLATE_DEFAULT_ROWS));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const n = /^\d+$/.test(rows.trim()) ? Number(rows.trim()) : NaN;
  const rowsOk = Number.isInteger(n) && n >= 1 && n <= TEMPLATE_MAX_ROWS;

  const download = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const file = await templateDownload({ ...choice, rows: n }, s.locale);
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
      <TemplateFields value={choice} onChange={setChoice} idPrefix="template">
        <TextField
          label={s.t("tplRows")}
          value={rows}
          onChange={(_e, v) => setRows(v ?? "")}
          {...(rowsOk ? {} : { errorMessage: s.t("tplBadRows", { max: TEMPLATE_MAX_ROWS }) })}
          data-testid="template-rows"
        />
      </TemplateFields>
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
