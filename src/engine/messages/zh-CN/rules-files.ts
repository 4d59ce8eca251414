/** zh-CN: rule titles and messages of the rules across submissions and files (DF-*, SPEC §10; XT-*, SPEC §11). */
export const rulesFiles = {
  // Half-year diff (anju diff, SPEC §10): {when} is the previous submission's date in brackets, or "".
  "DF-GONE": {
    title: "上次报送的户本次缺失",
    message: "{name}：上次报送{when}在{village}的回访表中，本次报送的各表中均未找到此户，请核实是否漏报。",
  },
  "DF-GONE.ambiguous": {
    title: "",
    message:
      "{name}：上次报送{when}在{village}的回访表中；本次同村有同名户且无有效身份证号可区分，无法确定是哪一户，请补填身份证号后再比对。",
  },
  "DF-NEW": { title: "新增户", message: "{name}：上次报送中没有此户（{village}），为本次新增。" },
  "DF-NEW.ambiguous": {
    title: "",
    message: "{name}：同村有同名户且无有效身份证号可区分，无法与上次报送对应，按新增户列出；请补填身份证号。",
  },
  "DF-MOVED": {
    title: "户迁至其他村",
    message:
      "{name}：上次报送{when}在{from}（房屋地址“{fromAddress}”），本次在{to}（房屋地址“{toAddress}”），请核实。",
  },
  "DF-ID-CHANGED": {
    title: "身份证号与上次不同",
    message: "{name}：身份证号上次{when}为 {from}，本次为 {to}（按户主姓名和村对应），请核实哪一个正确。",
  },
  "DF-IMPROVED-NO-WORK": {
    title: "危房未改造却评为安全",
    message: "{name}：上次{when}为 {from} 级，本次为 {to} 级，但未填写此后的改造年份。",
  },
  "DF-IMPROVED-NO-WORK.wasD": {
    title: "",
    message: "{name}：上次{when}为 D 级，本次为 {to} 级，但未填写此后的重建安置年份。",
  },
  "DF-IMPROVED-NO-WORK.wasDOld": {
    title: "",
    message:
      "{name}：上次{when}为 D 级，本次为 {to} 级，但重建安置年份 {year} 早于上次回访的 {since} 年，未见此后重建安置。",
  },
  "DF-IMPROVED-NO-WORK.wasC": {
    title: "",
    message: "{name}：上次{when}为 C 级，本次为 {to} 级，但未填写此后的维修加固或重建安置年份。",
  },
  "DF-IMPROVED-NO-WORK.wasCOld": {
    title: "",
    message:
      "{name}：上次{when}为 C 级，本次为 {to} 级，但改造年份 {year} 早于上次回访的 {since} 年，未见此后维修加固或重建安置。",
  },
  "DF-WORSENED": {
    title: "安全状况变差",
    message: "{name}：房屋安全状况上次{when}为 {from} 级，本次为 {to} 级。",
  },
  "DF-HISTORY-CHANGED": {
    title: "以往改造情况与上次不一致",
    message: "{name}：以往改造情况与上次{when}不一致。",
  },
  "DF-HISTORY-CHANGED.emptied": {
    title: "",
    message: "{name}：“{column}”上次{when}为 {from}，本次未填写（以往改造情况不应删除）。",
  },
  "DF-HISTORY-CHANGED.changed": {
    title: "",
    message: "{name}：“{column}”上次{when}为 {from}，本次为 {to}，请核实。",
  },
  "DF-HISTORY-CHANGED.ticked": {
    title: "",
    message: "{name}：上次{when}已填{from}，本次却勾选了“未改造”。",
  },
  "DF-REVISIT-STALE": {
    title: "回访时间未更新",
    message: "{name}：回访时间 {to} 早于上次报送的回访时间 {from}，请核实。",
  },
  "DF-REVISIT-STALE.same": {
    title: "",
    message: "{name}：回访时间 {to} 与上次报送相同，本半年似未重新回访（TZ 12.2 每半年回访一次）。",
  },
  "DF-REVISIT-STALE.earlier": {
    title: "",
    message: "{name}：回访时间 {to} 早于上次报送的回访时间 {from}，本半年似未重新回访。",
  },
  // Cross-table rules (XT-*, SPEC §11): the revisit tables against the ledgers, other files and the roster.
  "XT-NOT-IN-PLAN": {
    title: "危房未列入改造计划",
    message:
      "{name}：房屋安全状况为 {grade} 级，却不在所给的危房改造台账或易地扶贫搬迁台账中，应列入当年改造计划。",
  },
  "XT-GRADE-MISMATCH": {
    title: "回访表与改造台账等级不一致",
    message:
      "{name}：回访表房屋安全状况为 {grade} 级，危房改造台账（{where}）却登记为 {ledgerGrade} 级，请核实。",
  },
  "XT-METHOD-MISMATCH": {
    title: "回访表与改造台账改造方式不一致",
    message: "{name}：危房改造台账（{where}）改造方式为“{method}”，回访表处理意见却勾选“{action}”。",
  },
  "XT-HISTORY-MISSING": {
    title: "已竣工的改造未记入回访表",
    message: "{name}：危房改造台账显示 {year} 年{method}已竣工验收，回访表却勾选“未改造”。",
  },
  "XT-HISTORY-MISSING.noYear": {
    title: "",
    message: "{name}：危房改造台账（{where}）显示{method}已竣工验收，回访表却勾选“未改造”。",
  },
  "XT-HISTORY-MISSING.empty": {
    title: "",
    message: "{name}：危房改造台账显示 {year} 年{method}已竣工验收，回访表“{column}”却未填写。",
  },
  "XT-HISTORY-MISSING.year": {
    title: "",
    message: "{name}：危房改造台账显示 {year} 年{method}已竣工验收，回访表“{column}”却为 {value}。",
  },
  "XT-STILL-DANGEROUS": {
    title: "改造已竣工仍为危房",
    message:
      "{name}：危房改造台账（{where}）显示{method}已竣工验收，回访表房屋安全状况却为 {grade} 级，请核实工程质量或重新评定。",
  },
  "XT-DUPLICATE": {
    title: "多个文件重复登记",
    message: "{name}：同一户也登记在 {where} 的回访表中（一户一档），请核实应归属哪个村（社区）。",
  },
  "XT-ROSTER-MISSING": {
    title: "低收入人口名单中的户未回访",
    message: "{name}：在低收入人口名单中，但“{village}”的回访表中没有这一户，请补充回访。",
  },
  "XT-NOT-ON-ROSTER": {
    title: "回访户不在低收入人口名单中",
    message: "{name}：不在所给的低收入人口名单中，请核实是否属于保障对象。",
  },
};
