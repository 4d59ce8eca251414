import type { RuleMeta } from "../types";

/** A sheet with no recognised table is reported once, never guessed at (SPEC §1). The runner emits it. */
const rule: RuleMeta = {
  id: "GEN-UNKNOWN-SHEET",
  severity: "info",
  clause: "—",
  kinds: [],
  needs: [],
};
export default rule;
