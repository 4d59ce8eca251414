/** The half-year diff (SPEC §10): `anju diff` and 与上次报送比对. */
export {
  diffChecked,
  diffWorkbooks,
  type DiffFinding,
  type DiffInput,
  type DiffResult,
  type VillageCounts,
} from "./diff";
export { toDiffReport } from "./report";
