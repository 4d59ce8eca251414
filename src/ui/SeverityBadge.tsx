import { Icon } from "@fluentui/react";
import type { Severity } from "../engine/model/types";
import { useStrings } from "./i18n";
import { SEVERITY_FILL, SEVERITY_TEXT } from "./theme";

const ICON: Record<Severity, string> = { error: "ErrorBadge", warning: "Warning", info: "Info" };

/** The severity as Excel shows it on the cell: its fill, a dark text of the same hue, an icon and the word. */
export function SeverityBadge({ severity }: { severity: Severity }) {
  const s = useStrings();
  return (
    <span
      className="anju-badge"
      style={{ background: SEVERITY_FILL[severity], color: SEVERITY_TEXT[severity] }}
    >
      <Icon iconName={ICON[severity]} aria-hidden="true" />
      <span>{s.severity(severity)}</span>
    </span>
  );
}
