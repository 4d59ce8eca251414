import { DefaultButton, MessageBar, MessageBarType, PrimaryButton, Text } from "@fluentui/react";
import { useState } from "react";
import type { HeaderChoice, HeaderGap } from "../engine/header/gaps";
import { useStrings } from "./i18n";

export interface HeaderMapPanelProps {
  /** Tables of the last check with missing columns. */
  readonly gaps: readonly HeaderGap[];
  /** Choices in force (kept for this workbook). */
  readonly kept: readonly HeaderChoice[];
  /** Apply the choices (kept plus new) and check again at once. */
  readonly onApply: (choices: readonly HeaderChoice[]) => void;
  /** Offer the choices as a county config to keep (the page downloads it; a host may store it instead). */
  readonly onKeep?: (choices: readonly HeaderChoice[]) => void;
  readonly keepLabel?: string;
  readonly busy?: boolean;
  /** Where the choices are kept (the panes: in the workbook, or for this session only). */
  readonly note?: string;
}

const keyOf = (sheet: string, field: string) => `${sheet}\u0000${field}`;

/**
 * 对应表头 (SPEC §13): for each table with missing columns, pick which of its unrecognised headers is each missing
 * field; 应用并重新检查 applies the choices and checks again. The choices in force are listed and can be kept.
 */
export function HeaderMapPanel({ gaps, kept, onApply, onKeep, keepLabel, busy, note }: HeaderMapPanelProps) {
  const s = useStrings();
  const [picked, setPicked] = useState<Record<string, string>>({});
  const open = gaps.filter((g) => g.candidates.length > 0);
  if (open.length === 0 && kept.length === 0) return null;
  const chosen: HeaderChoice[] = [];
  for (const g of open) {
    for (const f of g.missing) {
      const header = picked[keyOf(g.sheet, f.label)];
      if (header) chosen.push({ kind: g.kind, field: f.label, header });
    }
  }
  return (
    <section className="anju-headermap" data-testid="header-map" aria-label={s.t("mapTitle")}>
      <Text variant="mediumPlus" as="h2" className="anju-section-title">
        {s.t("mapTitle")}
      </Text>
      {open.length > 0 ? (
        <>
          <Text variant="small" as="p" className="anju-muted">
            {s.t("mapIntro")}
          </Text>
          {open.map((g) => (
            <div key={g.sheet} className="anju-headermap-table">
              <Text variant="small" as="p">
                {s.t("mapSheet", { sheet: g.sheet, kind: s.kind(g.kind) })}
              </Text>
              {g.missing.map((f) => (
                <label key={f.label} className="anju-headermap-row">
                  <span>{s.t("mapField", { field: f.label })}</span>
                  <select
                    data-testid={`map-${g.sheet}-${f.label}`}
                    value={picked[keyOf(g.sheet, f.label)] ?? ""}
                    onChange={(e) => {
                      const value = e.target.value;
                      setPicked((p) => ({ ...p, [keyOf(g.sheet, f.label)]: value }));
                    }}
                  >
                    <option value="">{s.t("mapNone")}</option>
                    {g.candidates.map((c) => (
                      <option key={c} value={c}>
                        {c}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </div>
          ))}
          <PrimaryButton
            text={s.t("mapApply")}
            disabled={busy || chosen.length === 0}
            onClick={() => {
              setPicked({});
              onApply([...kept, ...chosen]);
            }}
            data-testid="map-apply"
          />
        </>
      ) : null}
      {kept.length > 0 ? (
        <MessageBar messageBarType={MessageBarType.success} isMultiline data-testid="map-kept">
          {kept.map((c) => (
            <div key={`${c.kind}|${c.field}|${c.header}`}>
              {s.t("mapKept", { field: c.field, header: c.header, kind: s.kind(c.kind) })}
            </div>
          ))}
          {note ? <div data-testid="map-note">{note}</div> : null}
        </MessageBar>
      ) : null}
      {kept.length > 0 && onKeep ? (
        <DefaultButton
          iconProps={{ iconName: "Download" }}
          text={keepLabel ?? s.t("mapDownload")}
          onClick={() => onKeep(kept)}
          data-testid="map-keep"
        />
      ) : null}
    </section>
  );
}
