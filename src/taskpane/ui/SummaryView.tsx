import { DefaultButton, Text } from "@fluentui/react";
import type { SummaryPreview } from "../controller";
import { saveBytes } from "./download";
import { useStrings } from "./i18n";
import { SUMMARY_COLUMNS, recordTable, summaryRows } from "./summary";

export type SummaryKind = "township" | "city" | "sample";

const TITLE: Record<SummaryKind, string> = {
  township: "paneSummaryTownship",
  city: "paneSummaryCity",
  sample: "paneSummarySample",
};

/** The summarize JSON as a table (groups, 市（区） subtotals, 合计), the sheets written and the download. */
export function SummaryView({ kind, preview }: { kind: SummaryKind; preview: SummaryPreview }) {
  const s = useStrings();
  const table = summaryRows(preview.json);
  const records = table ? undefined : recordTable(preview.json);
  const nf = new Intl.NumberFormat(s.locale);
  const download = preview.download;
  return (
    <section className="anju-summary" aria-label={s.t(TITLE[kind])} data-testid="summary-preview">
      <Text as="h2" variant="mediumPlus" className="anju-section-title">
        {s.t(TITLE[kind])}
      </Text>
      {preview.sheets.length > 0 ? (
        <Text variant="small" block>
          {s.t("paneSummarySheets", { sheets: preview.sheets.join("、") })}
        </Text>
      ) : null}
      {download ? (
        <DefaultButton
          className="anju-small-button"
          iconProps={{ iconName: "Download" }}
          text={s.t("paneSummaryDownload", { fileName: download.fileName })}
          onClick={() => saveBytes(download.fileName, download.bytes)}
        />
      ) : null}
      {table ? (
        <div className="anju-table-scroll" tabIndex={0} role="region" aria-label={s.t(TITLE[kind])}>
          <table className="anju-table">
            <thead>
              <tr>
                <th scope="col">{s.t("sumName")}</th>
                {table.level === "city" ? <th scope="col">{s.t("sumCity")}</th> : null}
                {SUMMARY_COLUMNS.map((c) => (
                  <th scope="col" key={c.key}>
                    {s.t(c.key)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((r, i) => (
                <tr key={i} className={`anju-sum-${r.kind}`}>
                  <th scope="row">
                    {r.kind === "total"
                      ? s.t("sumTotal")
                      : r.kind === "subtotal"
                        ? s.t("sumSubtotal", { name: r.name })
                        : r.name}
                  </th>
                  {table.level === "city" ? <td>{r.kind === "group" ? (r.city ?? "") : ""}</td> : null}
                  {SUMMARY_COLUMNS.map((c) => (
                    <td key={c.key} className="anju-num">
                      {nf.format(c.value(r.figures))}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : records ? (
        <div className="anju-table-scroll" tabIndex={0} role="region" aria-label={s.t(TITLE[kind])}>
          <table className="anju-table">
            <thead>
              <tr>
                {records.columns.map((c) => (
                  <th scope="col" key={c}>
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {records.rows.map((r, i) => (
                <tr key={i}>
                  {r.map((v, j) => (
                    <td key={j}>{v}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <Text variant="small">{s.t("paneSummaryEmpty")}</Text>
      )}
    </section>
  );
}
