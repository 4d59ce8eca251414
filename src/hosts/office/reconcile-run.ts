import { reconcile, type ReconcileInput, type ReconcileOutcome } from "./mark";
import { officeErrorCode, type Notice } from "./notices";
import type { Discovery } from "./read";
import type { Session } from "./session";
import { readState } from "./state-read";

type Discover = (s: Session) => Promise<Discovery>;

/**
 * Reconciles marks (./mark.ts) with Excel's two ways of refusing part of a batch handled: before ExcelApi 1.2 a
 * protected sheet is only found out by writing to it (then one sheet at a time), and on 1.10–1.17 a comment
 * cannot go where a clerk left a note (then the findings go to the 校验结果 sheet). `discover` is the host's
 * sheet list (with Office's read-only flag), read again after a refusal.
 */
export async function reconcileMarks(
  s: Session,
  discover: Discover,
  input: ReconcileInput,
): Promise<ReconcileOutcome> {
  try {
    return await reconcile(s, input);
  } catch (e) {
    const code = officeErrorCode(e);
    if (!s.caps.v2 && code === "AccessDenied" && input.scope.size > 0) {
      return reconcileSheetBySheet(s, discover, input);
    }
    if (commentsRefused(s, input, code)) return reconcileWithoutComments(s, discover, input);
    throw e;
  }
}

/**
 * ExcelApi 1.10–1.17 has comments but cannot see notes, and a cell holds a note or a comment, not both: adding
 * a comment where a clerk left a note fails. Any other refusal while comments were being added is treated
 * the same way, since Excel's error code for it is not documented.
 */
function commentsRefused(s: Session, input: ReconcileInput, code: string | undefined): boolean {
  if (s.caps.notes || !s.caps.comments || input.comments === false || input.findings.length === 0)
    return false;
  return !["AccessDenied", "InvalidOperationInCellEditMode", "RequestPayloadSizeLimitExceeded"].includes(
    code ?? "",
  );
}

/** Marks again with the findings' text in the 校验结果 sheet instead of comments (state read again first). */
async function reconcileWithoutComments(
  s: Session,
  discover: Discover,
  input: ReconcileInput,
): Promise<ReconcileOutcome> {
  const d = await discover(s);
  const { entries } = await readState(s, d);
  const outcome = await reconcileMarks(s, discover, {
    ...input,
    discovery: d,
    previous: entries,
    comments: false,
    results: "write",
  });
  return { ...outcome, notices: [...outcome.notices, { key: "officeCommentsRefused", params: {} }] };
}

/**
 * ExcelApi 1.1: marks one sheet at a time after a write was refused, so that the sheets that can be marked are,
 * and each refusing (protected) sheet is named in a notice. The state is read again first: the refused batch
 * may have written part of it.
 */
async function reconcileSheetBySheet(
  s: Session,
  discover: Discover,
  input: ReconcileInput,
): Promise<ReconcileOutcome> {
  let d = await discover(s);
  let previous = (await readState(s, d)).entries;
  const notices: Notice[] = [];
  let marked = 0;
  let touched = 0;
  for (const sheet of input.scope) {
    try {
      const outcome = await reconcile(s, { ...input, discovery: d, previous, scope: new Set([sheet]) });
      previous = [...outcome.entries];
      notices.push(...outcome.notices);
      d = outcome.discovery;
      marked += outcome.marked;
      touched += outcome.touched;
    } catch (e) {
      if (officeErrorCode(e) !== "AccessDenied") throw e;
      notices.push({ key: "officeSheetProtected", params: { sheet } });
    }
    d = await discover(s);
    previous = (await readState(s, d)).entries;
  }
  return { entries: previous, notices, marked, touched, discovery: d };
}
