import { DefaultButton, Dropdown, SearchBox, Text, type IDropdownOption } from "@fluentui/react";
import type { Dispatch, SetStateAction } from "react";
import type { Severity } from "../engine/model/types";
import { NO_FILTERS, isFiltered, type facetCounts, type Filters } from "./findings";
import { useStrings } from "./i18n";

export interface FindingFiltersProps {
  readonly filters: Filters;
  readonly setFilters: Dispatch<SetStateAction<Filters>>;
  readonly facets: ReturnType<typeof facetCounts>;
  readonly shown: number;
  readonly total: number;
}

const option = (key: string, text: string): IDropdownOption => ({ key, text });
const toggle = <T extends string>(list: readonly T[], key: T, selected: boolean | undefined): T[] =>
  selected ? [...list, key] : list.filter((x) => x !== key);

/** The findings list's filters: text search, severity, rule and sheet, and how many are shown. */
export function FindingFilters({ filters, setFilters, facets, shown, total }: FindingFiltersProps) {
  const s = useStrings();
  return (
    <div className="anju-filters">
      <SearchBox
        className="anju-search"
        placeholder={s.t("paneSearch")}
        ariaLabel={s.t("paneSearch")}
        value={filters.text}
        onChange={(_e, v) => setFilters((f) => ({ ...f, text: v ?? "" }))}
        onClear={() => setFilters((f) => ({ ...f, text: "" }))}
      />
      <div className="anju-filter-row">
        <Dropdown
          className="anju-filter"
          label={s.t("paneFilterSeverity")}
          placeholder={s.t("paneFilterAll")}
          multiSelect
          selectedKeys={[...filters.severities]}
          options={facets.severities.map((x) => option(x.key, `${s.severity(x.key)}（${x.count}）`))}
          onChange={(_e, o) =>
            o &&
            setFilters((f) => ({
              ...f,
              severities: toggle(f.severities, o.key as Severity, o.selected),
            }))
          }
        />
        <Dropdown
          className="anju-filter"
          label={s.t("paneFilterRule")}
          placeholder={s.t("paneFilterAll")}
          multiSelect
          selectedKeys={[...filters.rules]}
          options={facets.rules.map((x) => option(x.key, `${x.key} ${s.rule(x.key)}（${x.count}）`))}
          onChange={(_e, o) =>
            o && setFilters((f) => ({ ...f, rules: toggle(f.rules, String(o.key), o.selected) }))
          }
        />
        <Dropdown
          className="anju-filter"
          label={s.t("paneFilterSheet")}
          placeholder={s.t("paneFilterAll")}
          multiSelect
          selectedKeys={[...filters.sheets]}
          options={facets.sheets.map((x) => option(x.key, `${x.key}（${x.count}）`))}
          onChange={(_e, o) =>
            o && setFilters((f) => ({ ...f, sheets: toggle(f.sheets, String(o.key), o.selected) }))
          }
        />
      </div>
      {isFiltered(filters) ? (
        <div className="anju-filter-status">
          <Text variant="small" data-testid="finding-shown" data-shown={shown}>
            {s.t("paneShowing", { shown: shown, total: total })}
          </Text>
          <DefaultButton
            className="anju-small-button"
            text={s.t("paneClearFilters")}
            onClick={() => setFilters(NO_FILTERS)}
          />
        </div>
      ) : null}
    </div>
  );
}
