import { DefaultButton, MessageBar, MessageBarType, PrimaryButton, Text } from "@fluentui/react";
import { useRef, useState, type DragEvent, type ReactNode } from "react";

import { FileInput } from "../ui/FileInput";
import { useStrings } from "../ui/i18n";

export interface FileBarProps {
  /** The workbook open on the page, if any. */
  readonly fileName: string | undefined;
  readonly onOpen: (file: File) => void;
  readonly canDownload: boolean;
  readonly saving: boolean;
  readonly onDownload: () => void;
  readonly error: string | undefined;
  /** Below the file line (对应表头). */
  readonly children?: ReactNode;
}

/** The page's file bar: choose or drop a workbook (SPEC §8 formats), its name, the annotated copy's download. */
export function FileBar({
  fileName,
  onOpen,
  canDownload,
  saving,
  onDownload,
  error,
  children,
}: FileBarProps) {
  const s = useStrings();
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) onOpen(file);
  };
  return (
    <div
      className={dragging ? "anju-drop anju-drop-active" : "anju-drop"}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      data-testid="drop-zone"
    >
      <FileInput
        ref={fileInput}
        label={s.t("webDropZone")}
        testId="file-input"
        onFiles={([file]) => file && onOpen(file)}
      />
      <div className="anju-drop-line">
        <PrimaryButton
          iconProps={{ iconName: "OpenFile" }}
          text={s.t("webChoose")}
          onClick={() => fileInput.current?.click()}
        />
        <Text variant="small" className="anju-muted">
          {s.t("webDrop")}
        </Text>
      </div>
      {fileName !== undefined ? (
        <div className="anju-drop-line">
          <Text variant="small" className="anju-file-name" title={fileName}>
            {s.t("webFile", { name: fileName })}
          </Text>
          <DefaultButton
            iconProps={{ iconName: "Download" }}
            text={saving ? s.t("progressAnnotating") : s.t("webDownloadAnnotated")}
            disabled={!canDownload}
            onClick={onDownload}
            data-testid="download-annotated"
          />
        </div>
      ) : null}
      {children}
      {error ? (
        <MessageBar messageBarType={MessageBarType.error} isMultiline>
          {error}
        </MessageBar>
      ) : null}
    </div>
  );
}
