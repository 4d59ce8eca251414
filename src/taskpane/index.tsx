import { Spinner, ThemeProvider } from "@fluentui/react";
import { useEffect, useState } from "react";
import { render } from "react-dom";
import type { AnjuController } from "../hosts/controller";
import { detectHost, loadOfficeController, type HostInfo } from "./office";
import { OutsideExcel } from "./OutsideExcel";
import { AnjuApp, type Pushed } from "../ui/AnjuApp";
import { localeParam, pickLocale, StringsProvider, useStrings } from "../ui/i18n";
import { injectStyles } from "../ui/styles";
import { applyAnjuTheme } from "../ui/theme";

/**
 * Inside Excel: the front end over the Office host's controller (buttons disabled with the reason without it).
 * The host's notices and live re-check results are pushed into the pane.
 */
function ExcelPane() {
  const s = useStrings();
  const [controller, setController] = useState<AnjuController | undefined | null>(null);
  const [pushed, setPushed] = useState<Pushed | undefined>();
  useEffect(() => {
    let live = true;
    let id = 0;
    // Notices of one run arrive together (no live re-check in this Excel, findings in the 校验结果 sheet …): the
    // pane shows them together, each once, rather than only the last.
    let batch: string[] = [];
    const notice = (text: string) => {
      if (!live) return;
      if (batch.length === 0)
        setTimeout(() => {
          const together = batch.join(" ");
          batch = [];
          if (live) setPushed({ id: ++id, notice: together });
        }, 0);
      if (!batch.includes(text)) batch.push(text);
    };
    loadOfficeController({
      locale: s.locale,
      onNotice: (_notice, text) => notice(text),
      onLiveReport: (report) => live && setPushed({ id: ++id, report }),
    })
      .catch(() => undefined)
      .then((c) => live && setController(c));
    return () => {
      live = false;
    };
  }, [s.locale]);
  if (controller === null) return <Connecting />;
  return <AnjuApp controller={controller} noControllerReason="paneUnavailableOffice" pushed={pushed} />;
}

function Connecting() {
  const s = useStrings();
  return <Spinner className="anju-outside" label={s.t("outsideConnecting")} />;
}

function Root({ host }: { host: Promise<HostInfo> }) {
  const [info, setInfo] = useState<HostInfo | undefined>();
  useEffect(() => {
    void host.then(setInfo);
  }, [host]);
  // Inside Excel the language is Office's display language; outside, the browser's. `?lang=` beats both.
  const locale = pickLocale(
    localeParam(location.search),
    info?.kind === "excel" || info?.kind === "excel-no-api" ? info.displayLanguage : undefined,
    navigator.language,
  );
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <StringsProvider locale={locale}>
      {info === undefined ? (
        <Connecting />
      ) : info.kind === "outside" ? (
        <OutsideExcel />
      ) : info.kind === "excel-no-api" ? (
        <OutsideExcel tooOld />
      ) : (
        <ExcelPane />
      )}
    </StringsProvider>
  );
}

const theme = applyAnjuTheme();
injectStyles();
// The same bundle runs in Office 2016/2019's Internet Explorer 11 webview (ES5, polyfilled: SPEC §7).
const container = document.getElementById("root");
if (container) {
  render(
    <ThemeProvider theme={theme} className="anju-root">
      <Root host={detectHost()} />
    </ThemeProvider>,
    container,
  );
}
