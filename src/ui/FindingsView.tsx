import {
  CheckboxVisibility,
  ConstrainMode,
  DetailsList,
  DetailsListLayoutMode,
  IconButton,
  SelectionMode,
  Text,
  type IColumn,
  type IDetailsGroupRenderProps,
  type IDetailsRowProps,
  type IGroup,
  type IGroupHeaderProps,
  type IRenderFunction,
} from "@fluentui/react";
import { useCallback, useEffect, useMemo, useState, type KeyboardEvent, type MouseEvent } from "react";
import { relatedText, type CheckReport } from "../engine/report";
import { FindingFilters } from "./FindingFilters";
import {
  NO_FILTERS,
  facetCounts,
  filterFindings,
  groupFindings,
  toItems,
  type FindingGroup,
  type FindingItem,
  type Filters,
} from "./findings";
import { useStrings } from "./i18n";
import { SeverityBadge } from "./SeverityBadge";

export interface FindingsViewProps {
  readonly report: CheckReport;
  /** Select the finding's cells (Office) or scroll to its row (web). */
  readonly onReveal: (f: FindingItem) => void;
  readonly onShowRule: (f: FindingItem) => void;
}

/**
 * The findings of one check: counts, filters (severity, rule, sheet, text) and a virtualised DetailsList grouped by
 * severity › rule. A row is revealed by click, Enter or Space; its book button opens the rule panel.
 */
export function FindingsView({ report, onReveal, onShowRule }: FindingsViewProps) {
  const s = useStrings();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const all = useMemo(() => toItems(report), [report]);
  const facets = useMemo(() => facetCounts(all), [all]);
  useEffect(() => setFilters(NO_FILTERS), [report]);
  const shown = useMemo(() => filterFindings(all, filters), [all, filters]);
  const { items, groups } = useMemo(
    () => groupFindings(shown, { severity: (x) => s.severity(x), rule: (id) => s.rule(id) }),
    [shown, s],
  );

  const columns: IColumn[] = useMemo(
    () => [
      {
        key: "finding",
        name: s.t("paneColMessage"),
        minWidth: 160,
        isMultiline: true,
        onRender: (f: FindingItem) => (
          <div className="anju-finding">
            <div className="anju-where">
              <span className="anju-where-sheet">{f.sheet}</span>
              <span className="anju-where-cells">
                {f.cells.length > 0 ? f.cells.join(", ") : s.t("paneRowOnly", { row: f.row })}
              </span>
            </div>
            <div className="anju-message">{f.message}</div>
            {f.file !== undefined && f.file !== report.file ? (
              <div className="anju-elsewhere">{s.t("paneInOtherFile", { file: f.file })}</div>
            ) : null}
            {(f.related ?? []).map((p, i) => (
              <div key={i} className="anju-related-place">
                {s.t("cliRelated", { place: relatedText(p) })}
              </div>
            ))}
          </div>
        ),
      },
      {
        key: "rule",
        name: "",
        minWidth: 28,
        maxWidth: 28,
        isIconOnly: true,
        onRender: (f: FindingItem) => (
          <IconButton
            className="anju-rule-button"
            iconProps={{ iconName: "BookAnswers" }}
            title={s.t("paneRuleInfoFor", { ruleId: f.ruleId })}
            ariaLabel={s.t("paneRuleInfoFor", { ruleId: f.ruleId })}
            data-is-focusable={true}
            onClick={(ev) => {
              ev.stopPropagation();
              onShowRule(f);
            }}
            onKeyDown={(ev) => ev.stopPropagation()}
          />
        ),
      },
    ],
    [s, onShowRule, report.file],
  );

  const onRenderRow: IRenderFunction<IDetailsRowProps> = useCallback(
    (props?: IDetailsRowProps, defaultRender?: (p?: IDetailsRowProps) => JSX.Element | null) => {
      if (!props || !defaultRender) return null;
      const f = props.item as FindingItem;
      const reveal = () => onReveal(f);
      return (
        <div
          className="anju-row"
          data-finding={`${f.sheet}!${f.cells.join(",")}|${f.ruleId}`}
          onClick={(ev: MouseEvent) => {
            if (!(ev.target as HTMLElement).closest("button")) reveal();
          }}
          onKeyDown={(ev: KeyboardEvent) => {
            const row = (ev.target as HTMLElement).closest('[role="row"]');
            if (row && row === ev.target && (ev.key === "Enter" || ev.key === " ")) {
              ev.preventDefault();
              reveal();
            }
          }}
        >
          {defaultRender(props)}
        </div>
      );
    },
    [onReveal],
  );

  const groupProps: IDetailsGroupRenderProps = useMemo(
    () => ({
      showEmptyGroups: false,
      headerProps: {
        expandButtonProps: { "aria-label": s.t("paneToggleGroup") },
        indentWidth: 14,
        onRenderTitle: (props?: IGroupHeaderProps) => {
          const group = props?.group as (IGroup & { data?: FindingGroup["data"] }) | undefined;
          if (!group) return null;
          const ruleId = group.data?.ruleId;
          const first = ruleId ? items[group.startIndex] : undefined;
          return (
            <div className={`anju-group-title anju-group-level${group.level ?? 0}`}>
              {ruleId || !group.data ? (
                <span className="anju-group-name">{group.name}</span>
              ) : (
                <SeverityBadge severity={group.data.severity} />
              )}
              <span
                className="anju-group-count"
                aria-label={s.t("paneGroupCount", { name: group.name, count: group.count })}
              >
                {group.count}
              </span>
              {first ? (
                <IconButton
                  className="anju-rule-button"
                  iconProps={{ iconName: "BookAnswers" }}
                  title={s.t("paneRuleInfoFor", { ruleId: first.ruleId })}
                  ariaLabel={s.t("paneRuleInfoFor", { ruleId: first.ruleId })}
                  onClick={(ev) => {
                    ev.stopPropagation();
                    onShowRule(first);
                  }}
                  onKeyUp={(ev) => ev.stopPropagation()}
                  onKeyDown={(ev) => ev.stopPropagation()}
                />
              ) : null}
            </div>
          );
        },
      },
    }),
    [s, items, onShowRule],
  );

  return (
    <section className="anju-findings" aria-label={s.t("paneFindings")}>
      <div className="anju-counts" role="status" data-testid="finding-counts" data-total={all.length}>
        <Text variant="medium">
          {s.t("paneCounts", {
            total: all.length,
            error: report.counts.error,
            warning: report.counts.warning,
            info: report.counts.info,
          })}
        </Text>
      </div>
      {all.length === 0 ? (
        <Text className="anju-empty">{s.t("paneNoFindings")}</Text>
      ) : (
        <>
          <FindingFilters
            filters={filters}
            setFilters={setFilters}
            facets={facets}
            shown={shown.length}
            total={all.length}
          />
          {items.length === 0 ? (
            <Text className="anju-empty">{s.t("paneNoMatch")}</Text>
          ) : (
            <div className="anju-list" data-is-scrollable="true" data-testid="finding-list">
              <DetailsList
                items={items}
                groups={groups as IGroup[]}
                groupProps={groupProps}
                columns={columns}
                compact
                indentWidth={14}
                isHeaderVisible={false}
                selectionMode={SelectionMode.none}
                checkboxVisibility={CheckboxVisibility.hidden}
                layoutMode={DetailsListLayoutMode.justified}
                constrainMode={ConstrainMode.unconstrained}
                getKey={(item: FindingItem) => item.key}
                setKey={String(report.findings.length)}
                onRenderRow={onRenderRow}
                getRowAriaLabel={(f: FindingItem) =>
                  s.t("paneReveal", {
                    sheet: f.sheet,
                    where: f.cells.length > 0 ? f.cells.join(", ") : s.t("paneRowOnly", { row: f.row }),
                    message: f.message,
                  })
                }
                ariaLabelForGrid={s.t("paneFindingsList")}
                useFastIcons
              />
            </div>
          )}
        </>
      )}
    </section>
  );
}
