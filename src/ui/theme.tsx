import { createTheme, loadTheme, registerIcons, type ITheme } from "@fluentui/react";
import type { ReactElement, ReactNode } from "react";
import { MARK_COLORS } from "../engine/marks";

/** Office's UI font first, then the Chinese UI fonts of Windows, macOS and Linux. */
export const FONT_STACK =
  "'Segoe UI', 'Microsoft YaHei UI', 'Microsoft YaHei', '微软雅黑', 'PingFang SC', 'Hiragino Sans GB', " +
  "'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif";

/** Excel's green (#217346: white text on it is 5.9:1, AA for all text sizes). */
export const ANJU_THEME: ITheme = createTheme({
  palette: {
    themePrimary: "#217346",
    themeLighterAlt: "#f2f9f5",
    themeLighter: "#cde7d8",
    themeLight: "#a5d2b8",
    themeTertiary: "#5ea67d",
    themeSecondary: "#2f8555",
    themeDarkAlt: "#1e673f",
    themeDark: "#195735",
    themeDarker: "#134027",
  },
  defaultFontStyle: { fontFamily: FONT_STACK },
});

/** Cell fills of SPEC §3 (the same as MARK_COLORS), for the preview and the severity badges. */
export const SEVERITY_FILL = {
  error: `#${MARK_COLORS.error}`,
  warning: `#${MARK_COLORS.warning}`,
  info: `#${MARK_COLORS.info}`,
} as const;
/** Text colours on those fills (Excel's own pairs; all ≥ 4.5:1). */
export const SEVERITY_TEXT = { error: "#9C0006", warning: "#7A5A00", info: "#1F4E79" } as const;

function svg(children: ReactNode, filled = false): ReactElement {
  return (
    <svg
      viewBox="0 0 16 16"
      width="1em"
      height="1em"
      aria-hidden="true"
      focusable="false"
      fill={filled ? "currentColor" : "none"}
      stroke={filled ? "none" : "currentColor"}
      strokeWidth={1.4}
      strokeLinecap="round"
      strokeLinejoin="round"
      style={{ verticalAlign: "-0.125em" }}
    >
      {children}
    </svg>
  );
}

const dot = (x: number, y: number) => <circle cx={x} cy={y} r={0.9} fill="currentColor" stroke="none" />;

/**
 * Fluent's icon font comes from Microsoft's CDN; the add-in and the browser page make no request outside their own
 * origin, so every icon Fluent or Anju uses is drawn here as inline SVG.
 */
export function registerAnjuIcons(): void {
  registerIcons({
    icons: {
      ChevronRightMed: svg(<path d="M6 3l5 5-5 5" />),
      ChevronLeftMed: svg(<path d="M10 3L5 8l5 5" />),
      ChevronDown: svg(<path d="M3 6l5 5 5-5" />),
      ChevronDownSmall: svg(<path d="M5 7l3 3 3-3" />),
      ChevronUpSmall: svg(<path d="M5 10l3-3 3 3" />),
      Search: svg(
        <>
          <circle cx={6.5} cy={6.5} r={4.5} />
          <path d="M10 10l4.5 4.5" />
        </>,
      ),
      Clear: svg(<path d="M4 4l8 8M12 4l-8 8" />),
      Cancel: svg(<path d="M3.5 3.5l9 9M12.5 3.5l-9 9" />),
      CheckMark: svg(<path d="M2.5 8.5l3.5 3.5 7.5-8" />),
      Info: svg(
        <>
          <circle cx={8} cy={8} r={6.5} />
          <path d="M8 7v4.5" />
          {dot(8, 4.8)}
        </>,
      ),
      ErrorBadge: svg(
        <>
          <circle cx={8} cy={8} r={6.5} />
          <path d="M5.7 5.7l4.6 4.6M10.3 5.7l-4.6 4.6" />
        </>,
      ),
      Warning: svg(
        <>
          <path d="M8 1.8l6.6 12H1.4z" />
          <path d="M8 6.3v3.6" />
          {dot(8, 11.9)}
        </>,
      ),
      Completed: svg(
        <>
          <circle cx={8} cy={8} r={6.5} />
          <path d="M5 8.3l2 2 4-4.3" />
        </>,
      ),
      Blocked2: svg(
        <>
          <circle cx={8} cy={8} r={6.5} />
          <path d="M3.5 12.5l9-9" />
        </>,
      ),
      Tag: svg(<path d="M2 2h6l6 6-6 6-6-6z" />),
      More: svg(
        <>
          {dot(3, 8)}
          {dot(8, 8)}
          {dot(13, 8)}
        </>,
      ),
      Sheet: svg(
        <>
          <rect x={2} y={2.5} width={12} height={11} rx={1} />
          <path d="M2 6h12M2 9.5h12M6 2.5v11" />
        </>,
      ),
      Sheets: svg(
        <>
          <rect x={4.5} y={1.5} width={10} height={9} rx={1} />
          <path d="M2 4.5v9a1 1 0 001 1h9" />
          <path d="M4.5 5h10M8 1.5v9" />
        </>,
      ),
      Eraser: svg(
        <>
          <path d="M9.5 2.5l4 4-6.5 6.5H4l-2-2a1 1 0 010-1.4z" />
          <path d="M6 6l4 4M8 13.5h6" />
        </>,
      ),
      Table: svg(
        <>
          <rect x={1.5} y={2.5} width={13} height={11} rx={1} />
          <path d="M1.5 6h13M1.5 9.75h13M5.5 6v7.5" />
        </>,
      ),
      City: svg(<path d="M1.5 14.5h13M2.5 14.5V7l4-2v9.5M6.5 14.5V2.5l5 2v10M11.5 8.5l2 .8v5.2" />),
      Shuffle: svg(
        <path d="M1.5 4.5h3l6 7h4M12 9.5l2.5 2-2.5 2M1.5 11.5h3l1.5-1.8M8.5 6.3l2-1.8h4M12 2.5l2.5 2-2.5 2" />,
      ),
      Download: svg(<path d="M8 2v8.5M4.5 7L8 10.5 11.5 7M2.5 13.5h11" />),
      OpenFile: svg(
        <path d="M1.5 4V13a.5.5 0 00.5.5h12a.5.5 0 00.5-.5V5.5a.5.5 0 00-.5-.5H7.5L6 3H2a.5.5 0 00-.5.5z" />,
      ),
      Filter: svg(<path d="M2 3h12l-4.5 5.5V13l-3 1.5v-6z" />),
      BookAnswers: svg(
        <>
          <path d="M2 3.5c2-1 4-1 6 .5 2-1.5 4-1.5 6-.5v9.5c-2-1-4-1-6 .5-2-1.5-4-1.5-6-.5z" />
          <path d="M8 4v9.5" />
        </>,
      ),
      ExcelLogo: svg(
        <>
          <rect x={1.5} y={2.5} width={13} height={11} rx={1.5} />
          <path d="M5 5.5l4 5M9 5.5l-4 5M11.5 5.5v5" />
        </>,
      ),
      // 与上次报送比对: two sheets side by side; 添加关联文件: a plus.
      BranchCompare: svg(
        <>
          <rect x={1.5} y={2.5} width={5.5} height={11} rx={0.5} />
          <rect x={9} y={2.5} width={5.5} height={11} rx={0.5} />
          <path d="M3.5 6h1.5M11 6h1.5M3.5 9h1.5M11 9h1.5" />
        </>,
      ),
      Add: svg(<path d="M8 2.5v11M2.5 8h11" />),
    },
  });
}

let applied = false;

/** Loads the Anju theme (also for layers such as the rule panel) and the icons, once per page. */
export function applyAnjuTheme(): ITheme {
  if (!applied) {
    loadTheme(ANJU_THEME);
    registerAnjuIcons();
    applied = true;
  }
  return ANJU_THEME;
}
