import { DefaultButton, ProgressIndicator } from "@fluentui/react";
import type { Progress } from "../hosts/controller";
import { useStrings } from "./i18n";

/** The running step, the sheet it is on, how far it is when known, and 取消. */
export function ProgressLine({ progress, onCancel }: { progress: Progress; onCancel: () => void }) {
  const s = useStrings();
  const description =
    progress.sheet !== undefined ? s.t("progressSheet", { sheet: progress.sheet }) : undefined;
  return (
    <div className="anju-progress" data-testid="progress">
      <ProgressIndicator
        label={s.t(progress.step)}
        {...(description !== undefined ? { description } : {})}
        {...(progress.fraction !== undefined ? { percentComplete: progress.fraction } : {})}
        ariaLabel={s.t(progress.step)}
      />
      <DefaultButton className="anju-small-button" text={s.t("paneCancel")} onClick={onCancel} />
    </div>
  );
}
