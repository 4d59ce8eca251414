/**
 * What the WPS add-in's pages need of WPS itself, beyond the workbook: finding the application object (WPS puts it
 * on `window.Application` in newer builds; `wps.EtApplication()` in all), the event source for the live re-check,
 * and the task pane, opened with `CreateTaskPane(url)` once and found again by the ID kept in PluginStorage (shared
 * by the add-in's pages for the WPS session), as Kingsoft's wpsjs templates do.
 */
import type { EtApiEvent, EtApp } from "./et";

/** The globals WPS defines in an add-in's pages. */
export interface WpsWindow {
  Application?: EtApp;
  wps?: { EtApplication?: () => EtApp; ApiEvent?: EtApiEvent };
}

/** PluginStorage key of the task pane's ID. */
export const PANE_ID_KEY = "anju_taskpane_id";

export function findApp(w: WpsWindow): EtApp | undefined {
  if (w.Application && typeof w.Application === "object") return w.Application;
  try {
    return w.wps?.EtApplication?.();
  } catch {
    return undefined;
  }
}

export function findEvents(w: WpsWindow, app: EtApp): EtApiEvent | undefined {
  return app.ApiEvent ?? w.wps?.ApiEvent;
}

/** Waits (up to `ms`) for WPS to put the application object on the page. */
export function waitForApp(w: WpsWindow, ms = 3000, step = 100): Promise<EtApp | undefined> {
  return new Promise((resolve) => {
    let waited = 0;
    const poll = () => {
      const app = findApp(w);
      if (app || waited >= ms) {
        resolve(app);
        return;
      }
      waited += step;
      setTimeout(poll, step);
    };
    poll();
  });
}

/** Shows the task pane (created the first time, docked right, 380 px wide). */
export function showTaskPane(app: EtApp, url: string): void {
  const storage = app.PluginStorage;
  const id = storage?.getItem(PANE_ID_KEY);
  const existing = typeof id === "number" || typeof id === "string" ? app.GetTaskPane?.(Number(id)) : null;
  if (existing) {
    existing.Visible = true;
    return;
  }
  if (!app.CreateTaskPane) throw new Error("CreateTaskPane is not available in this WPS");
  const pane = app.CreateTaskPane(url);
  storage?.setItem(PANE_ID_KEY, pane.ID);
  try {
    pane.DockPosition = 2; // msoCTPDockPositionRight
    pane.Width = 380;
  } catch {
    // Older builds fix the position and width themselves.
  }
  pane.Visible = true;
}
