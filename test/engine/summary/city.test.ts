import { DEFAULT_CONFIG, parseConfig } from "../../../src/engine/config";
import { cityOfAddress, inferCity } from "../../../src/engine/summary";

const CITIES = DEFAULT_CONFIG.cities;

describe("cityOfAddress: the 市（区） a 房屋地址 starts with", () => {
  test.each<[string, string | undefined]>([
    ["兴化市戴窑镇东里村1组12号", "兴化市"],
    ["江苏省泰州市姜堰区溱潼镇湖南村", "姜堰区"],
    ["泰州市泰兴市黄桥镇", "泰兴市"],
    ["泰兴市黄桥镇", "泰兴市"],
    ["泰州市医药高新区野徐镇", "医药高新区"],
    [" 兴化市 戴窑镇", "兴化市"],
    ["靖江市", "靖江市"],
    ["新街镇新街村3组", undefined],
    ["扬州市江都区小纪镇", undefined],
    ["戴窑镇兴化市路8号", undefined],
    ["", undefined],
  ])("%s → %s", (address, city) => {
    expect(cityOfAddress(address, CITIES)).toBe(city);
  });
});

describe("inferCity: configuration, township name, address prefix, else 未指定", () => {
  test("configuration first, even against the addresses", () => {
    const config = parseConfig({ townshipCity: { 戴窑镇: "泰兴市" } });
    expect(inferCity("戴窑镇", ["兴化市戴窑镇1号"], config)).toMatchObject({
      city: "泰兴市",
      from: "config",
    });
  });

  test("a township name that starts with its 市（区）", () => {
    expect(inferCity("兴化市戴窑镇", [], DEFAULT_CONFIG)).toMatchObject({ city: "兴化市", from: "township" });
  });

  test("the prefix most addresses share, with every prefix counted", () => {
    const a = inferCity(
      "戴窑镇",
      ["兴化市戴窑镇1号", "兴化市戴窑镇2号", "姜堰区某路", "戴窑镇3号"],
      DEFAULT_CONFIG,
    );
    expect(a).toEqual({
      city: "兴化市",
      from: "address",
      votes: [
        ["兴化市", 2],
        ["姜堰区", 1],
      ],
      addresses: 4,
    });
  });

  test("a tie goes to the 市（区） listed first in the configuration, never to chance", () => {
    const a = inferCity("某镇", ["兴化市某镇1号", "姜堰区某镇2号"], DEFAULT_CONFIG);
    expect(a.city).toBe("姜堰区");
    expect(inferCity("某镇", ["姜堰区某镇2号", "兴化市某镇1号"], DEFAULT_CONFIG).city).toBe("姜堰区");
  });

  test("nothing found: 未指定", () => {
    expect(inferCity("新街镇", ["新街镇1号", ""], DEFAULT_CONFIG)).toEqual({
      city: "未指定",
      from: "none",
      votes: [],
      addresses: 2,
    });
  });
});
