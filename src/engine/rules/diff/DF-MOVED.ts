import { normalizeName } from "../../identity/key";
import { defineDiffRule, previousWhen } from "./types";

/** The household is now in another village's table (TZ 10.1.1 一户一档: it must be the same record). */
export default defineDiffRule({
  id: "DF-MOVED",
  severity: "warning",
  clause: "TZ 10.1.1",
  kinds: ["revisit"],
  needs: ["head"],
  pair(p, ctx) {
    const before = p.previous.household;
    const now = p.current.household;
    const villageMoved = normalizeName(before.village) !== normalizeName(now.village);
    // Townships are compared only where both tables state one (a name guessed from the file is no statement).
    const stated = (h: typeof p.previous) =>
      h.village.townshipFrom === "file" ? "" : normalizeName(h.household.township);
    const tb = stated(p.previous);
    const tn = stated(p.current);
    const townshipMoved = tb !== "" && tn !== "" && tb !== tn;
    if (!villageMoved && !townshipMoved) return;
    const where = (h: typeof before) => (townshipMoved ? `${h.township}${h.village}` : h.village);
    ctx.report({
      side: "current",
      at: p.current,
      fields: ["head", "address"],
      params: {
        from: where(before),
        to: where(now),
        fromAddress: before.address,
        toAddress: now.address,
        when: previousWhen(p.previous),
      },
    });
  },
});
