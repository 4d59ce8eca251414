import { Icon, MessageBar, MessageBarType, PrimaryButton, Text } from "@fluentui/react";
import { useStrings } from "../ui/i18n";

/**
 * The task pane opened in a plain browser: say it belongs in Excel, and point to the browser page. In Excel 2013
 * and older (`tooOld`: no Excel JavaScript API) say that instead, with the same pointer.
 */
export function OutsideExcel({ tooOld = false }: { tooOld?: boolean }) {
  const s = useStrings();
  return (
    <main className="anju-outside" data-testid={tooOld ? "excel-no-api" : "outside-excel"}>
      <h1>
        <Icon iconName="ExcelLogo" aria-hidden="true" /> {s.t(tooOld ? "noExcelApiTitle" : "outsideTitle")}
      </h1>
      <MessageBar messageBarType={MessageBarType.warning} isMultiline>
        {s.t(tooOld ? "noExcelApiBody" : "outsideBody")}
      </MessageBar>
      <Text block>{s.t("outsideWeb")}</Text>
      <div>
        <PrimaryButton href="web.html" iconProps={{ iconName: "OpenFile" }} text={s.t("outsideWebLink")} />
      </div>
    </main>
  );
}
