import { IconButton, Text } from "@fluentui/react";
import type { VillageCounts } from "../engine/diff";
import type { UiKey } from "../engine/messages";
import { useStrings } from "./i18n";

export interface DiffSummary {
  readonly previous: string;
  readonly villages: readonly VillageCounts[];
  readonly total: VillageCounts;
}

const COLUMNS: ReadonlyArray<[Exclude<keyof VillageCounts, "name">, UiKey]> = [
  ["previous", "diffColPrevious"],
  ["current", "diffColCurrent"],
  ["new", "diffColNew"],
  ["gone", "diffColGone"],
  ["moved", "diffColMoved"],
  ["improved", "diffColImproved"],
  ["worsened", "diffColWorsened"],
  ["stale", "diffColStale"],
];

/**
 * 与上次报送比对's per-village counts (SPEC §10) and 合计, compact: one small table that scrolls sideways in a
 * 320-px pane, the village column kept in view.
 */
export function DiffCounts({ diff, onClose }: { diff: DiffSummary; onClose: () => void }) {
  const s = useStrings();
  const title = s.t("diffTitle", { file: diff.previous });
  const rows = [...diff.villages, { ...diff.total, name: s.t("diffTotal") }];
  return (
    <section className="anju-summary anju-diff" aria-label={title} data-testid="diff-counts">
      <div className="anju-section-head">
        <Text as="h2" variant="medium" className="anju-section-title anju-file-name" title={title}>
          {title}
        </Text>
        <IconButton
          iconProps={{ iconName: "Cancel" }}
          title={s.t("paneClose")}
          ariaLabel={`${s.t("paneClose")} ${title}`}
          onClick={onClose}
        />
      </div>
      <div className="anju-table-scroll" tabIndex={0}>
        <table className="anju-table anju-diff-table">
          <thead>
            <tr>
              <th scope="col">{s.t("diffColVillage")}</th>
              {COLUMNS.map(([k, label]) => (
                <th key={k} scope="col">
                  {s.t(label)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((v, i) => (
              <tr key={`${i}|${v.name}`} className={i === rows.length - 1 ? "anju-sum-total" : undefined}>
                <th scope="row">{v.name}</th>
                {COLUMNS.map(([k]) => (
                  <td key={k} className="anju-num" data-col={k}>
                    {v[k]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Text variant="small" className="anju-muted" block>
        {s.t("diffGoneNote")}
      </Text>
    </section>
  );
}
