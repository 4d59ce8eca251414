import { DefaultButton, IconButton, Text } from "@fluentui/react";
import type { SummaryPreview } from "../hosts/controller";
import type { UiKey } from "../engine/messages";
import { saveBytes } from "./download";
import { useStrings } from "./i18n";
import { SAMPLE_COLUMNS, SUMMARY_COLUMNS, recordTable, sampleRows, summaryRows } from "./summary";

export type SummaryKind = "township" | "city" | "sample";

const TITLE: Record<SummaryKind, UiKey> = {
  township: "paneSummaryTownship",
  city: "paneSummaryCity",
  sample: "paneSummarySample",
};

/** The summarize JSON as a table (groups, 市（区） subtotals, 合计), the sheets written and the download. */
export function SummaryView({
  kind,
  preview,
  onClose,
}: {
  kind: SummaryKind;
  preview: SummaryPreview;
  onClose: () => void;
}) {
  const s = useStrings();
  const sample = kind === "sample" ? sampleRows(preview.json) : undefined;
  const table = sample ? undefined : summaryRows(preview.json);
  const records = sample || table ? undefined : recordTable(preview.json);
  const nf = new Intl.NumberFormat(s.locale);
  const download = preview.download;
  return (
    <section className="anju-summary" aria-label={s.t(TITLE[kind])} data-testid="summary-preview">
      <div className="anju-section-head">
        <Text as="h2" variant="mediumPlus" className="anju-section-title">
          {s.t(TITLE[kind])}
        </Text>
        <IconButton
          iconProps={{ iconName: "Cancel" }}
          title={s.t("paneClose")}
          ariaLabel={`${s.t("paneClose")} ${s.t(TITLE[kind])}`}
          onClick={onClose}
        />
      </div>
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
      {sample ? (
        <>
          <Text variant="small" block data-testid="sample-info">
            {s.t("paneSampleInfo", {
              percent: sample.percent,
              seed: sample.seed,
              count: sample.households.length,
            })}
          </Text>
          <div className="anju-table-scroll" tabIndex={0} role="region" aria-label={s.t(TITLE[kind])}>
            <table className="anju-table">
              <thead>
                <tr>
                  {SAMPLE_COLUMNS.map((c) => (
                    <th scope="col" key={c.key}>
                      {s.t(c.key)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {sample.households.map((h, i) => (
                  <tr key={i}>
                    {SAMPLE_COLUMNS.map((c) => (
                      <td key={c.key}>{c.value(h)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : table ? (
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
