/**
 * Offers bytes as a file download from memory (a blob: URL, nothing leaves the machine). Internet Explorer 11 (Office
 * 2016/2019's webview) has no `download` attribute: it saves through navigator.msSaveOrOpenBlob instead.
 */
export function saveBytes(fileName: string, bytes: Uint8Array, type = XLSX_MIME): void {
  const blob = new Blob([bytes as BlobPart], { type });
  const ie = navigator as Navigator & { msSaveOrOpenBlob?: (blob: Blob, name: string) => boolean };
  if (typeof ie.msSaveOrOpenBlob === "function" && !("download" in HTMLAnchorElement.prototype)) {
    ie.msSaveOrOpenBlob(blob, fileName);
    return;
  }
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Late enough for the browser to have started the download.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
