import { forwardRef } from "react";
import { WORKBOOK_ACCEPT } from "./accept";

export interface FileInputProps {
  /** Its accessible name (catalogue text). */
  readonly label: string;
  readonly testId: string;
  readonly multiple?: boolean;
  /** What may be picked; every workbook format the readers take (SPEC §8) by default. */
  readonly accept?: string;
  readonly onFiles: (files: File[]) => void;
}

/**
 * A hidden file input that a button opens through its ref: it hands over what was picked (read on this machine,
 * never uploaded) and empties itself, so that the same file can be picked again.
 */
export const FileInput = forwardRef<HTMLInputElement, FileInputProps>(function FileInput(
  { label, testId, multiple, accept = WORKBOOK_ACCEPT, onFiles },
  ref,
) {
  return (
    <input
      ref={ref}
      type="file"
      accept={accept}
      multiple={multiple}
      hidden
      aria-label={label}
      data-testid={testId}
      onChange={(e) => {
        const files = [...(e.target.files ?? [])];
        e.target.value = "";
        if (files.length > 0) onFiles(files);
      }}
    />
  );
});
