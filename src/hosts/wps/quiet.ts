import type { EtApp } from "./et";

/**
 * Runs `fn` with ET's screen updating, events (SheetChange: Anju's own writes are not edits to re-check) and
 * alerts (ET asks before Delete() of a sheet) off, and puts each back as it was, also when `fn` throws.
 */
export function quietly<T>(app: EtApp, fn: () => T): T {
  const screen = app.ScreenUpdating;
  const events = app.EnableEvents;
  const alerts = app.DisplayAlerts;
  app.ScreenUpdating = false;
  app.EnableEvents = false;
  app.DisplayAlerts = false;
  try {
    return fn();
  } finally {
    app.DisplayAlerts = alerts;
    app.EnableEvents = events;
    app.ScreenUpdating = screen;
  }
}
