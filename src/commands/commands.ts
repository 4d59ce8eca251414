// Placeholder ribbon commands: the 校验 button's function, registered under the manifest's FunctionName.

/** Runs 校验当前工作表 without opening the task pane (placeholder: does nothing yet). */
function checkActiveSheet(event: Office.AddinCommands.Event): void {
  event.completed();
}

// Hosts without Office.actions (older Office builds) look ribbon functions up on the global object.
(globalThis as unknown as Record<string, unknown>)["checkActiveSheet"] = checkActiveSheet;

Office.onReady(() => {
  if (typeof Office.actions !== "undefined") Office.actions.associate("checkActiveSheet", checkActiveSheet);
});
