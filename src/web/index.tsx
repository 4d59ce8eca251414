import { ThemeProvider } from "@fluentui/react";
import { render } from "react-dom";
import { t } from "../engine/messages";
import { parseIsoDate, type YMD } from "../engine/parse/date";
import { localeParam, pickLocale, StringsProvider } from "../ui/i18n";
import { injectStyles } from "../ui/styles";
import { applyAnjuTheme } from "../ui/theme";
import { WebPage } from "./WebPage";

/** Today on this machine; `?today=YYYY-MM-DD` pins it (reproducible screenshots and tests, like --today). */
function today(search: string): YMD {
  const pinned = new URLSearchParams(search).get("today");
  const parsed = pinned ? parseIsoDate(pinned) : undefined;
  if (parsed) return parsed;
  const d = new Date();
  return { y: d.getFullYear(), m: d.getMonth() + 1, d: d.getDate() };
}

const theme = applyAnjuTheme();
injectStyles();
const locale = pickLocale(localeParam(location.search), navigator.language);
document.documentElement.lang = locale;
document.title = t("webTitle", {}, locale);
const container = document.getElementById("root");
if (container) {
  render(
    <ThemeProvider theme={theme} className="anju-root">
      <StringsProvider locale={locale}>
        <WebPage locale={locale} today={today(location.search)} />
      </StringsProvider>
    </ThemeProvider>,
    container,
  );
}
