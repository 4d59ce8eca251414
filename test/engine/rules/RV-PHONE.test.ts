import type { CellValue } from "../../../src/engine/model/types";
import { marks, run } from "./harness";

const RULE = "RV-PHONE";

describe(RULE, () => {
  test.each<[string, CellValue]>([
    ["mobile", "13812345678"],
    ["mobile stored as a number", 13812345678],
    ["mobile 19x", "19912345678"],
    ["mobile 14x", "14512345678"],
    ["mobile with spaces around", " 13812345678 "],
    ["mobile written 3-4-4 with dashes", "138-1234-5678"],
    ["mobile written 3-4-4 with spaces", "138 1234 5678"],
    ["full-width digits", "１３８１２３４５６７８"],
    ["landline with 4-digit area code", "0523-83412345"],
    ["landline with 3-digit area code", "025-8341234"],
    ["landline 7 digits", "0523-8341234"],
    ["landline without dash", "052383412345"],
    ["landline with space", "0523 83412345"],
    ["landline in brackets", "(0523)83412345"],
    ["landline in full-width brackets", "（0523）83412345"],
    ["two mobiles with 、", "13812345678、13987654321"],
    ["two mobiles with ，", "13812345678，13987654321"],
    ["two mobiles with ,", "13812345678,13987654321"],
    ["two mobiles with ；", "13812345678；13987654321"],
    ["two mobiles with ;", "13812345678;13987654321"],
    ["two mobiles with /", "13812345678/13987654321"],
    ["two mobiles with a space", "13812345678 13987654321"],
    ["mobile and landline", "13812345678、0523-83412345"],
    ["a trailing separator", "13812345678；"],
  ])("%s: no finding", (_, phone) => {
    expect(marks(RULE, [{ phone }])).toEqual([]);
  });

  test.each<[string, CellValue, string]>([
    ["empty", null, "empty"],
    ["blank", "  ", "empty"],
    ["10 digits", "1381234567", "invalid"],
    ["12 digits", "138123456789", "invalid"],
    ["12x is no mobile prefix", "12812345678", "invalid"],
    ["10x is no mobile prefix", "10812345678", "invalid"],
    ["local number without area code", "83412345", "invalid"],
    ["landline 6 digits", "0523-834123", "invalid"],
    ["landline 9 digits", "0523-834123456", "invalid"],
    ["area code not starting with 0", "523-83412345", "invalid"],
    ["无", "无", "invalid"],
    ["暂无", "暂无", "invalid"],
    ["one good, one bad", "13812345678、1381234", "invalid"],
    ["letters", "1381234567a", "invalid"],
    ["mobile as a number with a digit lost", 1381234567, "invalid"],
  ])("%s: warning on 联系方式", (_, phone, problem) => {
    const found = run([{}, { phone }], { rule: RULE });
    expect(found.map((f) => ({ row: f.row, cells: f.cells, severity: f.severity }))).toEqual([
      { row: 6, cells: ["C6"], severity: "warning" },
    ]);
    expect(found[0]?.params.problem).toBe(problem);
  });
});
