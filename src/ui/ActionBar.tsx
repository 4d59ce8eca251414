import { DefaultButton, PrimaryButton, Text, TextField } from "@fluentui/react";
import { useRef, useState } from "react";
import type { AnjuAction } from "../hosts/controller";
import type { UiKey } from "../engine/messages";
import { FileInput } from "./FileInput";
import { useStrings } from "./i18n";

export interface ActionBarProps {
  /** Why each action cannot run (catalogue keys); a missing key means it can. */
  readonly unavailable: Readonly<Partial<Record<AnjuAction, UiKey>>>;
  readonly busy: boolean;
  readonly onCheckSheet: () => void;
  readonly onCheckAll: () => void;
  readonly onClear: () => void;
  readonly onTownship: () => void;
  readonly onCity: (files: File[]) => void;
  readonly onSample: (percent: number, seed: number) => void;
}

/** A fresh seed for the sample; shown in its field so that the clerk can write it down and draw the same again. */
export function newSeed(): number {
  return 1 + Math.floor(Math.random() * 999_999);
}

/** The six buttons of SPEC §3 (their labels are part of the contract), with the sample's percent and seed. */
export function ActionBar(props: ActionBarProps) {
  const s = useStrings();
  const { unavailable, busy } = props;
  const cityInput = useRef<HTMLInputElement>(null);
  const [percent, setPercent] = useState("10");
  const [seed, setSeed] = useState(() => String(newSeed()));
  const [sampleError, setSampleError] = useState<string | undefined>();
  const off = (a: AnjuAction) => busy || unavailable[a] !== undefined;
  const why = (a: AnjuAction) => {
    const key = unavailable[a];
    return key === undefined ? undefined : s.t(key);
  };
  const reasons = [...new Set(Object.values(unavailable))].filter((k): k is UiKey => k !== undefined);

  const runSample = () => {
    const p = Number(percent);
    const n = Number(seed);
    if (!(p > 0 && p <= 100) || !Number.isInteger(n)) {
      setSampleError(s.t("paneSampleInvalid"));
      return;
    }
    setSampleError(undefined);
    props.onSample(p, n);
  };

  return (
    <section className="anju-actions" aria-label={s.t("paneActions")}>
      <div className="anju-button-row">
        <PrimaryButton
          iconProps={{ iconName: "Sheet" }}
          text={s.t("checkSheet")}
          disabled={off("checkActiveSheet")}
          title={why("checkActiveSheet")}
          onClick={props.onCheckSheet}
        />
        <DefaultButton
          iconProps={{ iconName: "Sheets" }}
          text={s.t("checkAll")}
          disabled={off("checkAll")}
          title={why("checkAll")}
          onClick={props.onCheckAll}
        />
        <DefaultButton
          iconProps={{ iconName: "Eraser" }}
          text={s.t("clearMarks")}
          disabled={off("clearMarks")}
          title={why("clearMarks")}
          onClick={props.onClear}
        />
      </div>
      <div className="anju-button-row">
        <DefaultButton
          iconProps={{ iconName: "Table" }}
          text={s.t("townshipSummary")}
          disabled={off("townshipSummary")}
          title={why("townshipSummary")}
          onClick={props.onTownship}
        />
        <DefaultButton
          iconProps={{ iconName: "City" }}
          text={s.t("citySummary")}
          disabled={off("citySummary")}
          title={why("citySummary") ?? s.t("paneCityPick")}
          onClick={() => cityInput.current?.click()}
        />
        <FileInput
          ref={cityInput}
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          multiple
          label={s.t("paneCityPick")}
          testId="city-files"
          onFiles={(files) => props.onCity(files)}
        />
      </div>
      <div className="anju-sample-row">
        <TextField
          className="anju-number"
          label={s.t("paneSamplePercent")}
          type="number"
          min={1}
          max={100}
          value={percent}
          onChange={(_e, v) => setPercent(v ?? "")}
          disabled={off("sample")}
        />
        <TextField
          className="anju-number anju-seed"
          label={s.t("paneSampleSeed")}
          type="number"
          value={seed}
          title={s.t("paneSampleSeedHelp")}
          onChange={(_e, v) => setSeed(v ?? "")}
          disabled={off("sample")}
        />
        <DefaultButton
          iconProps={{ iconName: "Shuffle" }}
          text={s.t("sample")}
          disabled={off("sample")}
          title={why("sample")}
          onClick={runSample}
        />
      </div>
      {sampleError ? (
        <Text variant="small" className="anju-field-error" role="alert">
          {sampleError}
        </Text>
      ) : null}
      {reasons.map((k) => (
        <Text key={k} variant="small" className="anju-note" block>
          {s.t(k)}
        </Text>
      ))}
    </section>
  );
}
