import { check, sheet } from "./sheet";

/**
 * Ledgers laid out unlike the samples (other column order, other words, units in other places), as the outside
 * checks may send them: the right kind, first data row, and exactly the seeded findings.
 */
const found = (s: ReturnType<typeof sheet>) =>
  check([s]).findings.map((f) => `${f.row} ${f.ruleId} ${f.cells.join(",")}`);

test("relocation: meta row with 县（区）/乡镇/填报日期, 人均面积 column, money in 万元, 是否… columns", () => {
  const s = sheet(
    "搬迁户",
    [
      ["2018年度某县易地扶贫搬迁对象信息台账"],
      ["县（区）：某县", null, null, "乡镇：某镇", null, null, "填报日期：2024年6月30日"],
      [
        "序号",
        "村",
        "户主姓名",
        "身份证号码",
        "搬迁人口（人）",
        "安置方式",
        "实施年度",
        "安置房面积(平方米)",
        "人均面积(平方米)",
        "补助资金(万元)",
        "自筹资金(万元)",
        "是否竣工验收",
        "是否交付钥匙",
        "是否入住",
        "共有产权整改",
        "备注",
      ],
      [1, "甲村", "张一", null, "4", "集中安置", "2016年", 100, 25, 10, 1, "是", "是", "是", null, null],
      [2, "甲村", "张二", null, "3", "分散安置", "2017年", "75", 25, 4.5, 0.75, "是", null, "是", null, null],
      [3, "甲村", "张三", null, 5, "集中安置", 2016, 140, 28, 12.5, 0, "是", "是", "否", "是", null],
      [4, "乙村", "张四", null, 2, "集中安置", 2016, 56, 28, 5, 0, "是", "是", "是", "否", null],
      [5, "乙村", "张五", null, 2, "分散安置", 2018, 40, 20, 2.9, 0, "是", null, "否", null, null],
      [6, "乙村", "张六", null, 3, "货币化安置", 2019, "/", "/", 4.5, 0.76, "是", "/", "是", null, null],
      ["合计", null, null, null, 19],
    ],
    ["A1:P1"],
  );
  const t = check([s]).tables[0]?.info;
  expect(t).toMatchObject({ kind: "relocation", headerRows: [3], firstDataRow: 4, lastDataRow: 9 });
  expect(found(s)).toEqual([
    "6 RL-AREA-2016 E6,H6,O6",
    "7 RL-AREA E7,H7",
    "8 RL-SUBSIDY E8,J8",
    "8 RL-MOVED-IN N8",
    "9 RL-SELF-FUND E9,K9",
  ]);
});

test("renovation: two header rows, 补助资金 split with a 合计, evidence under a 资金兑付 group", () => {
  const s = sheet(
    "危改户",
    [
      ["某镇2019年农村危房改造户花名册"],
      ["填报单位：某镇人民政府（盖章）"],
      [
        "序号",
        "户主姓名",
        "家庭人口",
        "房屋危险等级",
        "改造方式",
        "建设方式",
        "改造面积（㎡）",
        "竣工验收",
        "入住情况",
        "安全性评定",
        "补助资金（元）",
        null,
        null,
        "资金兑付",
        null,
      ],
      [
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        "中央",
        "省级",
        "合计",
        "一卡通及银行回单",
        "协议及支付凭证",
      ],
      [
        1,
        "王一",
        3,
        "D级危房",
        "原址翻建",
        "自建",
        60,
        "是",
        "已入住",
        "安全",
        12000,
        8000,
        20000,
        "是",
        null,
      ],
      [
        2,
        "王二",
        4,
        "C级危房",
        "维修加固",
        "统建",
        null,
        "是",
        "已入住",
        "安全",
        5000,
        4000,
        9000,
        null,
        "是",
      ],
      [
        3,
        "王三",
        5,
        "D级危房",
        "拆除重建",
        "统建",
        95,
        "是",
        "已入住",
        "安全",
        12000,
        8000,
        20000,
        null,
        null,
      ],
      [4, "王四", 2, "D级危房", "维修加固", "自建", 50, "否", "已入住", "安全", 5000, 4000, 9000, "是", null],
      [5, "王五", 1, "B级", "维修加固", "自建", null, "是", "已入住", null, 5000, 4000, 9000, "是", null],
    ],
    ["A1:O1", "K3:M3", "N3:O3", ..."ABCDEFGHIJ".split("").map((c) => `${c}3:${c}4`)],
  );
  const t = check([s]).tables[0]?.info;
  expect(t).toMatchObject({ kind: "renovation", headerRows: [3, 4], firstDataRow: 5, lastDataRow: 9 });
  expect(found(s)).toEqual([
    "7 RN-AREA-PER-CAPITA C7,G7",
    "7 RN-FUND-EVIDENCE F7,O7",
    "8 RN-D-REINFORCE D8,E8",
    "8 RN-MOVED-IN H8",
    "9 RN-GRADE D9",
    "9 RN-SAFETY-OPINION J9",
  ]);
});
