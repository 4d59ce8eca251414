/** Household identity (SPEC §9): the one way every cross-table feature matches households. */
export {
  householdKeyParts,
  normalizeAddress,
  normalizeName,
  sameTownship,
  validIdKey,
  type HouseholdKeyParts,
  type HouseholdRecord,
} from "./key";
export {
  HouseholdIndex,
  matchHouseholds,
  type HouseholdLookup,
  type HouseholdMatch,
  type HouseholdPair,
  type MatchedBy,
} from "./match";
export { householdRecords, rosterRecords, type RosterHouseholdRef, type TableHousehold } from "./records";
