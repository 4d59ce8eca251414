import type { CellValue } from "../../../src/engine/model/types";
import {
  checkIdNumber,
  idKey,
  isNoEntry,
  isValidPhoneList,
  parseGrade,
  parseNumber,
  parseTick,
  parseYear,
  type Grade,
} from "../../../src/engine/parse/values";

describe("parseTick", () => {
  test.each<CellValue>(["√", "✓", "✔", "☑", "是", "有", "Y", "y", "1", "●", " √ ", "Ｙ", "１", 1, 2, true])(
    "%j ticks",
    (v) => {
      expect(parseTick(v)).toBe(true);
    },
  );

  test.each<CellValue>([
    null,
    "",
    "  ",
    "否",
    "无",
    "×",
    "N",
    "n",
    "0",
    "０",
    "□",
    "☐",
    0,
    false,
    { error: "#N/A" },
  ])("%j leaves it empty", (v) => {
    expect(parseTick(v)).toBe(false);
  });

  test("anything else written in the box was entered on purpose and ticks it", () => {
    expect(parseTick("已维修")).toBe(true);
  });
});

describe("isNoEntry", () => {
  test.each<CellValue>([null, "", " ", "无", "/", "／", "-", "—", "——", "\\", "×", "否", "0", 0, "□"])(
    "%j says nothing",
    (v) => {
      expect(isNoEntry(v)).toBe(true);
    },
  );

  test.each<CellValue>(["2019", 2019, "√", "不详", "张三", true, { error: "#N/A" }])(
    "%j is an entry",
    (v) => {
      expect(isNoEntry(v)).toBe(false);
    },
  );
});

describe("parseGrade", () => {
  test.each<[CellValue, Grade]>([
    ["A", "A"],
    ["B", "B"],
    ["C", "C"],
    ["D", "D"],
    ["A级", "A"],
    ["Ａ", "A"],
    ["Ａ级", "A"],
    ["a", "A"],
    ["d级", "D"],
    ["A（完好）", "A"],
    ["A(完好)", "A"],
    ["B（轻微）", "B"],
    ["C级（中度）", "C"],
    ["完好", "A"],
    ["轻微", "B"],
    ["中度", "C"],
    ["严重", "D"],
    ["完好(A)", "A"],
    ["C级危房", "C"],
    ["D级危房", "D"],
    ["D级危房（整栋危险）", "D"],
    ["C级危房（局部危险）", "C"],
    [" B ", "B"],
    ["B 级", "B"],
  ])("%j → %s", (v, grade) => {
    expect(parseGrade(v)).toBe(grade);
  });

  test.each<CellValue>([
    null,
    "",
    "E",
    "AB",
    "A/B",
    "危房",
    "良好",
    "一级",
    "1",
    3,
    true,
    { error: "#N/A" },
    "完好严重",
    "C级 D级",
    // The letter and the word in brackets disagree: which one did the clerk mean?
    "A（严重）",
    "D（完好）",
  ])("%j is no grade", (v) => {
    expect(parseGrade(v)).toBeUndefined();
  });
});

describe("parseYear", () => {
  test.each<[CellValue, number]>([
    [2019, 2019],
    ["2019", 2019],
    [" 2019 ", 2019],
    ["2019年", 2019],
    ["2019年度", 2019],
    ["２０１９年", 2019],
    ["2019-05-01", 2019],
    ["2019/5/1", 2019],
    ["2019年5月1日", 2019],
    ["20190501", 2019],
    [20190501, 2019],
    [43586, 2019],
    ["2019年5月", 2019],
    ["2019.5", 2019],
    ["2019.12", 2019],
    [2019.5, 2019],
    ["2019-05", 2019],
  ])("%j → %s", (v, year) => {
    expect(parseYear(v)).toBe(year);
  });

  test("a serial follows the 1904 system", () => {
    expect(parseYear(44011, true)).toBe(2024);
  });

  test.each<CellValue>([
    null,
    "",
    "不详",
    "19",
    "19年",
    "2019.13",
    "2019年13月",
    "√",
    true,
    { error: "#REF!" },
  ])("%j is no year", (v) => {
    expect(parseYear(v)).toBeUndefined();
  });
});

describe("parseNumber (numbers stored as text)", () => {
  test.each<[CellValue, number]>([
    [35, 35],
    [35.5, 35.5],
    ["35", 35],
    [" 35.5 ", 35.5],
    ["1,234", 1234],
    ["20,000.50", 20000.5],
    ["１２", 12],
    ["-3", -3],
    ["+4", 4],
    ["35㎡", 35],
    ["35 m2", 35],
    ["35平方米", 35],
    ["20000元", 20000],
    ["2万元", 2],
    ["4人", 4],
  ])("%j → %s", (v, n) => {
    expect(parseNumber(v)).toBe(n);
  });

  test.each<CellValue>([
    null,
    "",
    "abc",
    "1.2.3",
    "35 平方",
    true,
    { error: "#DIV/0!" },
    Number.NaN,
    Number.POSITIVE_INFINITY,
  ])("%j is no number", (v) => {
    expect(parseNumber(v)).toBeUndefined();
  });
});

describe("isValidPhoneList", () => {
  test.each<CellValue>([
    "13812345678",
    13812345678,
    "138-1234-5678",
    "0523-83412345",
    "(0523)83412345",
    "13812345678、13987654321",
    "13812345678 / 0523-83412345",
  ])("%j is valid", (v) => {
    expect(isValidPhoneList(v)).toBe(true);
  });

  test.each<CellValue>([null, "", "无", "1381234567", "12812345678", "83412345", true, { error: "#N/A" }])(
    "%j is not",
    (v) => {
      expect(isValidPhoneList(v)).toBe(false);
    },
  );
});

describe("checkIdNumber (GB 11643-1999)", () => {
  // 11010519491231002X is the standard's own example.
  test.each<CellValue>(["11010519491231002X", "11010519491231002x", "１１０１０５１９４９１２３１００２Ｘ"])(
    "%j is valid",
    (v) => {
      expect(checkIdNumber(v)).toBeUndefined();
    },
  );

  test.each<[CellValue, string]>([
    ["110105194912310021", "checkDigit"],
    ["11010519491231002", "length"],
    ["11010519491231002X1", "length"],
    ["110105491231002", "length"],
    ["", "length"],
    [null, "length"],
    ["11010519491331002X", "birthDate"],
    ["11010518991231002X", "birthDate"],
  ])("%j: %s", (v, problem) => {
    expect(checkIdNumber(v)).toBe(problem);
  });

  test("a birth date after today is no birth date", () => {
    // 2030-01-01 with a correct check digit.
    const id = "11010520300101001X";
    const today = { y: 2024, m: 7, d: 15 };
    expect(checkIdNumber(id)).toBeUndefined();
    expect(checkIdNumber(id, today)).toBe("birthDate");
    expect(checkIdNumber("11010519491231002X", today)).toBeUndefined();
  });

  test("idKey folds case and width, empty is no key", () => {
    expect(idKey("11010519491231002x")).toBe("11010519491231002X");
    expect(idKey(" １１０１０５１９４９１２３１００２Ｘ ")).toBe("11010519491231002X");
    expect(idKey("")).toBeUndefined();
    expect(idKey(null)).toBeUndefined();
  });
});
