import { parseA1 } from "../../../src/engine/model/address";
import type { CellValue } from "../../../src/engine/model/types";

/**
 * Evaluates the conditional-format formulas of the blank tables the way Excel does, for the functions they use
 * (AND, OR, NOT, TRIM, LEN, LEFT, ISNUMBER, SEARCH, comparison with `=` `<>` `>` `<` against values or an array
 * constant). Text compares without case, as in Excel. References are relative to `base` (the first row of the
 * ranges): `$I6` read for row `row` is column I of that row.
 */
type V = string | number | boolean | { error: string } | V[];

export function evaluate(
  formula: string,
  base: number,
  row: number,
  cell: (r: number, c: number) => CellValue,
): boolean {
  const tokens =
    formula.match(/"(?:[^"]|"")*"|\$?[A-Z]+\$?\d+|[A-Z]+(?=\()|\d+(?:\.\d+)?|<>|>=|<=|[(),{}=<>]/g) ?? [];
  let i = 0;
  const peek = () => tokens[i];
  const take = (want?: string) => {
    const t = tokens[i++];
    if (t === undefined || (want !== undefined && t !== want))
      throw new Error(`bad formula ${formula} at ${t}`);
    return t;
  };
  const text = (v: V): string =>
    typeof v === "string"
      ? v
      : typeof v === "number"
        ? String(v)
        : typeof v === "boolean"
          ? v
            ? "TRUE"
            : "FALSE"
          : "";
  const truthy = (v: V): boolean =>
    Array.isArray(v) ? v.some(truthy) : v === true || (typeof v === "number" && v !== 0);
  const equal = (a: V, b: V): boolean =>
    typeof a === "number" && typeof b === "number"
      ? a === b
      : text(a).toUpperCase() === text(b).toUpperCase();
  const compare = (op: string, a: V, b: V): V => {
    if (Array.isArray(b)) return b.map((x) => compare(op, a, x));
    if (op === "=") return equal(a, b);
    if (op === "<>") return !equal(a, b);
    const x = typeof a === "number" ? a : Number(a);
    const y = typeof b === "number" ? b : Number(b);
    return op === ">" ? x > y : op === "<" ? x < y : op === ">=" ? x >= y : x <= y;
  };
  const call = (name: string, args: V[]): V => {
    const [a, b] = args;
    switch (name) {
      case "AND":
        return args.every(truthy);
      case "OR":
        return args.some(truthy);
      case "NOT":
        return !truthy(a as V);
      case "TRIM":
        return text(a as V)
          .replace(/ +/g, " ")
          .trim();
      case "LEN":
        return text(a as V).length;
      case "LEFT":
        return text(a as V).slice(0, b === undefined ? 1 : Number(b));
      case "ISNUMBER":
        return typeof a === "number";
      case "SEARCH": {
        const at = text(b as V)
          .toUpperCase()
          .indexOf(text(a as V).toUpperCase());
        return at < 0 ? { error: "#VALUE!" } : at + 1;
      }
      default:
        throw new Error(`function ${name} not known to the test evaluator`);
    }
  };
  const primary = (): V => {
    const t = take();
    if (t.startsWith('"')) return t.slice(1, -1).replace(/""/g, '"');
    if (/^\d/.test(t)) return Number(t);
    if (t === "{") {
      const items: V[] = [];
      while (peek() !== "}") {
        items.push(primary());
        if (peek() === ",") take(",");
      }
      take("}");
      return items;
    }
    if (peek() === "(" && /^[A-Z]+$/.test(t)) {
      take("(");
      const args: V[] = [];
      while (peek() !== ")") {
        args.push(expr());
        if (peek() === ",") take(",");
      }
      take(")");
      return call(t, args);
    }
    const at = parseA1(t.replace(/\$/g, ""));
    if (!at) throw new Error(`bad token ${t}`);
    const v = cell(at.row - base + row, at.col);
    return v === null ? "" : typeof v === "object" ? { error: v.error } : v;
  };
  const expr = (): V => {
    const left = primary();
    const op = peek();
    if (op === "=" || op === "<>" || op === ">" || op === "<" || op === ">=" || op === "<=") {
      take();
      return compare(op, left, primary());
    }
    return left;
  };
  const result = expr();
  if (i !== tokens.length) throw new Error(`trailing tokens in ${formula}`);
  return truthy(result);
}
