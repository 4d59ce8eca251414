import type { UiKey } from "./zh-CN";
/**
 * The sentences of the source standards that rule clauses cite, for the task pane's rule panel. Each quote is
 * copied from /work/shared/seeds/ (TZ = 002_…, SX = 001_…) with only the PDF's line breaks removed;
 * test/taskpane/clauses.test.ts checks every quote against the seed text. Keys are clause references as rules
 * write them (`TZ 注3`, `SX 三.1(2)`); a rule's clause may join several with `;` or `/`.
 */
export interface ClauseSource {
  /** Catalogue key of the document's name (`docTZ`, `docSX`, `docGB11643`). */
  readonly doc: UiKey;
  /** The sentences quoted, in the standard's own words; empty when the document is not among the sources. */
  readonly quotes: readonly string[];
}

const TZ = "docTZ";
const SX = "docSX";

export const TZ_NOTE1 =
  "注1：此表以行政村（涉农社区）为单位汇总填写，由乡镇（街道）村建部门评估房屋安全状况并提出处理意见。";
export const TZ_NOTE2 =
  "注2：改造类型，未曾实施危房改造的，直接勾选“未改造”；实施过的，根据改造方式填写实施年份。";
export const TZ_NOTE3 =
  "注3：房屋安全状况按《农村住房安全性鉴定技术导则》确定危险等级，分为A（完好）、B（轻微）、C（中度）、D级（严重）四级，A级、B级原则上每半年回访一次，C级应维修加固，D级应重建安置。";
const TZ_TABLE = "表 A.1 泰州市农村低收入群体等住房安全保障重点对象住房安全状况评估汇总表";
const TZ_711 = "7.1.1 危房改造分为翻建新建和维修加固两种方式：";
const TZ_711A = "a）对 D 级危房应采取拆除重建的方式进行改造，确保质量安全。";
const TZ_711B =
  "b）对 C 级危房可因地制宜开展加固改造或拆除重建，加固改造的重点是消除安全隐患，适度改善功能。";

export const CLAUSE_SOURCES: Readonly<Record<string, ClauseSource>> = {
  "TZ 表A.1": { doc: TZ, quotes: [TZ_TABLE] },
  "TZ 注1": { doc: TZ, quotes: [TZ_NOTE1] },
  "TZ 注2": { doc: TZ, quotes: [TZ_NOTE2] },
  "TZ 注3": { doc: TZ, quotes: [TZ_NOTE3] },
  "TZ 6.1": {
    doc: TZ,
    quotes: [
      "各市（区）应定期组织对农村低收入群体等重点对象住房安全进行回访，发现住房存在安全隐患的由农户本人向村委会（社区）提出申请，按照村评议、乡镇审核、县级审批的工作程序，对鉴定或评定住房确属 C 级、D 级或无房的低收入群体，列入当年农村危房改造工作计划，对于保障对象失能或失智无法提出申请的特殊人员，由村委会（社区）帮助其提出申请。",
    ],
  },
  "TZ 6.2.2": {
    doc: TZ,
    quotes: [
      "6.2.2 各市（区）应建立危房动态管理制度，对新认定低收入群体等重点对象住房安全及时评估（鉴定），经评估鉴定为 C级、D 级危房的，按规定程序纳入改造计划。",
    ],
  },
  "TZ 7.1.1": { doc: TZ, quotes: [TZ_711, TZ_711A, TZ_711B] },
  "TZ 7.1.1 a)": { doc: TZ, quotes: [TZ_711, TZ_711A] },
  "TZ 7.1.1 b)": { doc: TZ, quotes: [TZ_711, TZ_711B] },
  "TZ 7.3": {
    doc: TZ,
    quotes: [
      "7.3.2 采用自建方式的农房危房改造，农户和施工队对房屋质量负主体责任；采用统建方式的农房危房改造，建设主体和建设单位对房屋质量负主体责任。",
      "7.3.3 各市（区）应加强农村危房改造过程中的质量安全技术指导，开展施工现场巡查与监督，发现问题及时提出整改意见。",
    ],
  },
  "TZ 8.2": {
    doc: TZ,
    quotes: [
      "8.2 补助资金具体标准应为（视中央、省相关政策及时调整）：",
      "a) 翻建新建 2 万元/户（兴化市 2.2 万元/户）；",
      "b) 维修加固 0.9 万元/户（兴化市 0.8 万元/户）；",
    ],
  },
  "TZ 8.4": {
    doc: TZ,
    quotes: [
      "8.4 对所有危房改造任务，各市（区）财政应按每户不低于 100 元的标准安排危房鉴定、农户纸质档案、信息系统管理等项目成本支出经费。",
    ],
  },
  "TZ 10.1.1": {
    doc: TZ,
    quotes: [
      "10.1.1 应逐户建立档案，将身份证明文件、房屋危险等级评定结果、审核审批、公示、协议等材料存档，实行一村一汇总、一镇一台账的管理制度，纸质档案由乡镇政府保存。",
    ],
  },
  "TZ 5.1": {
    doc: TZ,
    quotes: [
      "5.1 对象认定",
      "各市（区）民政、乡村振兴等部门根据住建部门提供的相关人员信息，准确认定农村低收入群体等重点对象，严格执行先确认身份信息，后依据《农村危险房屋鉴定技术导则（试行）》（建村函〔2009〕69 号）进行房屋安全情况排查鉴定等程序。",
    ],
  },
  "TZ 5.2": {
    doc: TZ,
    quotes: [
      "5.2 联动管理",
      "各市（区）应实行农村低收入群体等重点对象住房安全保障的认定和危房改造联动管理，农村低收入群体等重点对象动态调整应与农村危房改造工作相结合，基本做到居住危房改造前身份固定。",
    ],
  },
  "TZ 10.1.2": {
    doc: TZ,
    quotes: ["10.1.2 危房改造完成后，应及时将工程实施、竣工验收、补助资金发放等材料存入农户档案。"],
  },
  "TZ 10.2.2": {
    doc: TZ,
    quotes: [
      "10.2.2 各市（区）住建部门应加强系统录入管理，定期将危房信息与和市“阳光扶贫”信息系统进行比对，确保数据一致。",
    ],
  },
  "TZ 12.2": {
    doc: TZ,
    quotes: [
      "12.2 应组织乡镇（街道）每半年开展一次农村低收入群体等重点对象住房安全回访评估工作，确保及时发现并有效处理新增住房安全问题。",
    ],
  },
  "TZ 12.4": {
    doc: TZ,
    quotes: [
      "12.4 各市（区）汇总的《泰州市农村低收入群体等重点对象住房安全状况评估汇总表》（见附录 A）应按时报市住建局村镇建设处。",
    ],
  },
  "TZ 12.5": {
    doc: TZ,
    quotes: ["12.5 市住建部门应会同相关部门组成联合检查组，对各市（区）农村危房改造回访评估工作进行抽查。"],
  },
  "SX 二.1(1)": {
    doc: SX,
    quotes: [
      "（1）易地扶贫搬迁认定标准。列入贫困退出的易地扶贫搬迁对象，全部达到国家规定的入住标准，即采取集中安置的，要达到安置住房质量合格且已具备搬迁入住条件，并已向搬迁对象正式交付住房钥匙；采取分散安置的，安置住房质量合格且已具备搬迁入住条件，经核实已搬迁入住。",
    ],
  },
  "SX 二.1(2)": {
    doc: SX,
    quotes: [
      "（2）农村危房改造认定标准。改造后的房屋需达到基本质量要求：选址安全，地基坚实；基础牢靠，结构稳定，强度满足要求；抗震构造措施齐全、符合规定；围护结构和非结构构件与主体结构连接牢固；建筑材料质量合格。竣工验收合格且已具备搬迁入住条件，经核实已实际入住。",
    ],
  },
  "SX 二.2": {
    doc: SX,
    quotes: [
      "2.贫困县退出安全住房标准：是指“全县有安全住房的农户达到97%”。其中，对有多处住房的农户，认定最主要的一处住房安全即可。",
    ],
  },
  "SX 三": { doc: SX, quotes: ["三、认定内容"] },
  "SX 三.1": { doc: SX, quotes: ["1.易地扶贫搬迁认定内容"] },
  "SX 三.1(1)": {
    doc: SX,
    quotes: [
      "集中安置的，通过查阅县级国土部门提供的安置房《建筑工程竣工验收报告》和《竣工验收备案表》，以及安置房交付钥匙的签字记录，必要时可采取电话询问、入户调查的方式，进一步核实搬迁群众领取钥匙及入住情况，现场查看安置区规划范围内建设的道路、给排水、通电、通讯、环卫设施等基础设施的建设情况，检查是否达到入住条件。",
      "分散安置的，通过查阅乡镇政府会同县级有关单位验收形成的安置房质量验收报告，同时入户现场核实群众实际入住情况。",
    ],
  },
  "SX 三.1(2)": {
    doc: SX,
    quotes: [
      "易地扶贫搬迁安置房建房面积以户为单位人均不得超过25㎡。",
      "2016年度易地扶贫搬迁集中安置涉及超面积（人均不超过3㎡）的搬迁户，本着实事求是的原则，可采取共有产权方式进行整改；2017年及以后年度实施搬迁的必须严格按照以户为单位人均住房面积不得超过25㎡的规定执行。",
    ],
  },
  "SX 三.1(3)": {
    doc: SX,
    quotes: [
      "易地扶贫搬迁集中安置建房人均补助2.5万元，分散安置建房人均补助1.5万元;以户为单位人均自筹资金不得超过2500元、户均自筹不得超过1万元。",
    ],
  },
  "SX 三.2": { doc: SX, quotes: ["2.农村危房改造认定内容"] },
  "SX 三.2(1)": {
    doc: SX,
    quotes: [
      "（1）住房安全和入住情况核查。现场核查县级住建部门是否出具房屋安全性评定意见，群众是否实际入住。",
    ],
  },
  "SX 三.2(2)": {
    doc: SX,
    quotes: [
      "C级危房修缮加固的，不核查房屋面积。",
      "D级危房重建的，原则上1至3人户建房面积控制在40-60平米，3人以上户人均建房面积不低于13平米、不高于18平米。",
    ],
  },
  "SX 三.2(3)": {
    doc: SX,
    quotes: [
      "（3）补助资金兑付情况核查。依据县级制定的农村危房改造分类补助标准，自建的，现场核查农户“一卡通”和银行回单；统建的，现场核查地方政府、农户、施工单位签订的协议，以及补助资金支付凭证。",
    ],
  },
  "SX 四": {
    doc: SX,
    quotes: [
      "（2）市级核查：市级住建部门按一定比例进行抽查，主要核查危房改造后房屋危险性评定、入住情况和资金补助落实等，形成市级核查认定报告，报送同级脱贫攻坚领导小组和省级住建部门。",
    ],
  },
  "GB 11643-1999": { doc: "docGB11643", quotes: [] },
};

export interface ClauseQuote {
  /** The reference as the rule writes it (`TZ 7.1.1 a)`). */
  readonly ref: string;
  readonly source?: ClauseSource;
}

/**
 * Splits a rule's clause (`TZ 注3; TZ 7.1.1 a)`, `TZ 表A.1 / SX 三`, `TZ 10.1.1 一户一档`, `SX 二.1(1); 三.1(1)`)
 * into its references and finds each one's sentences: the longest known key that the reference starts with, so a
 * trailing gloss (一户一档) does not hide the clause; a reference without its document (`三.1(1)`) belongs to the
 * one before it. `—` (no clause) gives nothing.
 */
export function clauseQuotes(clause: string): ClauseQuote[] {
  const keys = Object.keys(CLAUSE_SOURCES).sort((a, b) => b.length - a.length);
  let doc = "";
  return clause
    .split(/[;；/]/)
    .map((part) => part.trim())
    .filter((ref) => ref !== "" && ref !== "—" && ref !== "-")
    .map((written) => {
      const prefix = /^(TZ|SX|GB)\b/.exec(written)?.[1];
      if (prefix) doc = prefix;
      const ref = prefix || doc === "" ? written : `${doc} ${written}`;
      const key = keys.find((k) => ref === k || ref.startsWith(`${k} `));
      const source = key === undefined ? undefined : CLAUSE_SOURCES[key];
      return source ? { ref, source } : { ref };
    });
}
