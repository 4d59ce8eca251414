import "./public-path";
import { Spinner, ThemeProvider } from "@fluentui/react";
import { useEffect, useState } from "react";
import { render } from "react-dom";
import { createWpsController } from "../hosts/wps";
import { findEvents, waitForApp, type WpsWindow } from "../hosts/wps/addin";
import type { AnjuController } from "../hosts/controller";
import { AnjuApp, type Pushed } from "../ui/AnjuApp";
import { localeParam, pickLocale, StringsProvider, useStrings } from "../ui/i18n";
import { injectStyles } from "../ui/styles";
import { applyAnjuTheme } from "../ui/theme";

/**
 * The task pane inside WPS 表格 (dist/wps/taskpane.html, opened by the ribbon's 打开核查面板): the same front end
 * as the Excel pane over the WPS host's controller, with the host's notices and live re-check results pushed in.
 * Without WPS's application object (the page opened in a browser) every button is disabled with the reason.
 */
function WpsPane() {
  const s = useStrings();
  const [controller, setController] = useState<AnjuController | undefined | null>(null);
  const [pushed, setPushed] = useState<Pushed | undefined>();
  useEffect(() => {
    let live = true;
    let id = 0;
    const w = window as unknown as WpsWindow;
    void waitForApp(w).then((app) => {
      if (!live) return;
      if (!app) {
        setController(undefined);
        return;
      }
      const events = findEvents(w, app);
      setController(
        createWpsController({
          app,
          ...(events ? { events } : {}),
          locale: s.locale,
          onNotice: (_notice, text) => live && setPushed({ id: ++id, notice: text }),
          onLiveReport: (report) => live && setPushed({ id: ++id, report }),
        }),
      );
    });
    return () => {
      live = false;
    };
  }, [s.locale]);
  if (controller === null) return <Spinner className="anju-outside" label={s.t("wpsConnecting")} />;
  return <AnjuApp controller={controller} noControllerReason="wpsUnavailable" pushed={pushed} />;
}

function Root() {
  const locale = pickLocale(localeParam(location.search), navigator.language);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <StringsProvider locale={locale}>
      <WpsPane />
    </StringsProvider>
  );
}

const theme = applyAnjuTheme();
injectStyles();
const container = document.getElementById("root");
if (container) {
  render(
    <ThemeProvider theme={theme} className="anju-root">
      <Root />
    </ThemeProvider>,
    container,
  );
}
