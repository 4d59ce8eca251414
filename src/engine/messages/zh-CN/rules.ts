/** zh-CN: rule titles and messages of the per-table rules (GEN, RV, SX) and their `ID.problem` refinements. */
export const rulesTables = {
  "GEN-UNKNOWN-SHEET": { title: "未识别的工作表", message: "此工作表中没有识别到回访表或台账，未作检查。" },
  "GEN-MISSING-COLUMN": {
    title: "缺少必需的列",
    message: "表头中缺少“{column}”列，依赖该列的检查已跳过。",
  },
  "GEN-FORMULA-ERROR": {
    title: "公式错误值",
    message: "{name}：单元格显示错误值 {value}，请修正公式或填写数值。",
  },
  "GEN-ID-INVALID": { title: "身份证号无效", message: "{name}：身份证号“{value}”不符合 GB 11643 规定。" },
  "GEN-ID-INVALID.length": {
    title: "",
    message: "{name}：身份证号“{value}”应为 18 位（17 位数字加校验位）。",
  },
  "GEN-ID-INVALID.birthDate": { title: "", message: "{name}：身份证号“{value}”中的出生日期不存在。" },
  "GEN-ID-INVALID.checkDigit": { title: "", message: "{name}：身份证号“{value}”的校验位不正确，请核对。" },
  "GEN-DUPLICATE": { title: "重复户", message: "{name}：与第 {rows} 行重复（一户一档）。" },
  "GEN-DUPLICATE.workbook": { title: "", message: "{name}：与 {rows} 为同一户，请核实是否重复登记。" },
  "GEN-SEQ": { title: "序号不连续", message: "序号“{value}”不连续，此处应为 {expected}。" },
  "RV-META-MISSING": {
    title: "表头信息缺失",
    message: "表头未填写“{label}”（回访表以行政村为单位填写）。",
  },
  "RV-META-DATE": { title: "填报日期有误", message: "填报日期“{value}”无法识别为日期。" },
  "RV-META-DATE.future": { title: "", message: "填报日期 {value} 晚于今天（{today}）。" },
  "RV-REQUIRED": { title: "必填项为空", message: "{name}：“{column}”未填写。" },
  "RV-PHONE": { title: "联系方式有误", message: "{name}：联系方式“{value}”不是有效的手机号或固定电话。" },
  "RV-PHONE.empty": { title: "", message: "{name}：联系方式未填写。" },
  "RV-HISTORY-NONE": {
    title: "以往改造情况未填",
    message: "{name}：以往危房改造情况未填写，未改造的应勾选“未改造”，改造过的应填写年份。",
  },
  "RV-HISTORY-CONFLICT": {
    title: "以往改造情况矛盾",
    message: "{name}：已勾选“未改造”，却又填写了{columns}，二者只能选其一。",
  },
  "RV-HISTORY-YEAR": { title: "改造年份有误", message: "{name}：“{column}”的“{value}”不是有效年份。" },
  "RV-HISTORY-YEAR.tooEarly": { title: "", message: "{name}：“{column}”{value} 早于 {min} 年，请核对。" },
  "RV-HISTORY-YEAR.future": { title: "", message: "{name}：“{column}”{value} 晚于填报年份 {max}。" },
  "RV-GRADE": {
    title: "房屋安全状况有误",
    message: "{name}：房屋安全状况“{value}”应为 A（完好）、B（轻微）、C（中度）或 D（严重）之一。",
  },
  "RV-D-NOT-REBUILD": {
    title: "D 级未重建",
    message: "{name}：房屋安全状况为 D 级，处理意见应勾选“重建安置”。",
  },
  "RV-C-NO-ACTION": {
    title: "C 级无处理意见",
    message: "{name}：房屋安全状况为 C 级，处理意见应勾选“维修加固”（或“重建安置”）。",
  },
  "RV-C-REBUILD": { title: "C 级重建", message: "{name}：C 级房屋选择了“重建安置”（允许，请确认）。" },
  "RV-AB-ACTION": {
    title: "A/B 级有处理意见",
    message: "{name}：房屋安全状况为 {grade} 级，原则上无需维修加固或重建，请核实处理意见。",
  },
  "RV-ACTION-BOTH": { title: "处理意见重复", message: "{name}：“维修加固”和“重建安置”不能同时勾选。" },
  "RV-REVISIT-DATE": { title: "回访时间有误", message: "{name}：回访时间“{value}”无法识别为日期。" },
  "RV-REVISIT-DATE.afterFill": { title: "", message: "{name}：回访时间 {value} 晚于填报日期 {fillDate}。" },
  "RV-REVISIT-OVERDUE": {
    title: "回访逾期",
    message: "{name}：回访时间 {value} 早于 {due}，A/B 级应每半年回访一次。",
  },
  "RV-REVISIT-BEFORE-WORK": {
    title: "回访早于改造",
    message: "{name}：回访时间（{revisitYear} 年）早于改造年份 {workYear} 年，安全状况可能是改造前的。",
  },
  "RV-REBUILT-DANGEROUS": {
    title: "新建房屋评为危房",
    message: "{name}：{year} 年重建安置的房屋被评为 {grade} 级，请核实工程质量。",
  },
  "RL-REQUIRED": { title: "必填项为空", message: "{name}：“{column}”未填写。" },
  "RL-REQUIRED.area": {
    title: "",
    message: "{name}：“{column}”未填写（除货币化安置外，搬迁户均应填写安置房面积）。",
  },
  "RL-REQUIRED.year": { title: "", message: "{name}：“{column}”的“{value}”不是年份，应填写如 2018。" },
  "RL-PERSONS": { title: "家庭人口有误", message: "{name}：家庭人口“{value}”应为 1 至 {max} 的整数。" },
  "RL-MODE": {
    title: "安置方式有误",
    message: "{name}：安置方式“{value}”应为集中安置、分散安置或货币化安置之一。",
  },
  "RL-AREA": {
    title: "安置房超面积",
    message: "{name}：{persons} 人安置房面积 {area} ㎡，人均 {perCapita} ㎡，超过 {max} ㎡。",
  },
  "RL-AREA.noMark": {
    title: "",
    message:
      "{name}：{persons} 人安置房面积 {area} ㎡，人均 {perCapita} ㎡，超过 {max} ㎡；{year} 年度集中安置人均不超过 {exceptionMax} ㎡ 的，须以共有产权方式整改并在“共有产权整改”栏填“是”。",
  },
  "RL-AREA.unreadable": { title: "", message: "{name}：安置房面积“{value}”不是数字（单位 ㎡）。" },
  "RL-AREA-2016": {
    title: "2016 年度超面积（共有产权整改）",
    message:
      "{name}：{year} 年度集中安置，{persons} 人安置房面积 {area} ㎡，人均 {perCapita} ㎡，超过 {max} ㎡ 但未超过 {exceptionMax} ㎡，已标注共有产权整改，请落实整改。",
  },
  "RL-SUBSIDY": {
    title: "补助资金不足",
    message:
      "{name}：{mode} {persons} 人，补助资金 {subsidy} 元，低于 {persons} 人 × {rate} 元 = {required} 元。",
  },
  "RL-SUBSIDY.empty": {
    title: "",
    message: "{name}：补助资金未填写，{mode} {persons} 人应不低于 {persons} 人 × {rate} 元 = {required} 元。",
  },
  "RL-SUBSIDY.unreadable": { title: "", message: "{name}：补助资金“{value}”不是金额。" },
  "RL-SELF-FUND": {
    title: "自筹资金超标",
    message:
      "{name}：自筹资金 {selfFund} 元，超过 {persons} 人 × {perPerson} 元 = {limit} 元（人均不超过 {perPerson} 元）。",
  },
  "RL-SELF-FUND.household": {
    title: "",
    message: "{name}：自筹资金 {selfFund} 元，超过户均上限 {limit} 元。",
  },
  "RL-SELF-FUND.unreadable": { title: "", message: "{name}：自筹资金“{value}”不是金额。" },
  "RL-HANDOVER": {
    title: "集中安置未验收或未交付钥匙",
    message: "{name}：集中安置应竣工验收合格并已交付住房钥匙。",
  },
  "RL-HANDOVER.acceptance": {
    title: "",
    message: "{name}：集中安置住房应竣工验收合格，“{acceptanceColumn}”应填“是”或验收报告编号。",
  },
  "RL-HANDOVER.keys": {
    title: "",
    message: "{name}：集中安置应已向搬迁户交付住房钥匙，“{keysColumn}”应填“是”或交付日期。",
  },
  "RL-HANDOVER.both": {
    title: "",
    message:
      "{name}：集中安置住房应竣工验收合格并已交付钥匙，“{acceptanceColumn}”应填“是”或验收报告编号，“{keysColumn}”应填“是”或交付日期。",
  },
  "RL-MOVED-IN": {
    title: "分散/货币化安置未验收或未入住",
    message: "{name}：{mode}住房应质量验收合格且已搬迁入住。",
  },
  "RL-MOVED-IN.acceptance": {
    title: "",
    message: "{name}：{mode}住房应经质量验收，“{acceptanceColumn}”应填“是”或验收报告编号。",
  },
  "RL-MOVED-IN.movedIn": {
    title: "",
    message: "{name}：{mode}应经核实已搬迁入住，“{movedInColumn}”应为“已入住”。",
  },
  "RL-MOVED-IN.both": {
    title: "",
    message:
      "{name}：{mode}住房应经质量验收且已搬迁入住，“{acceptanceColumn}”应填“是”或验收报告编号，“{movedInColumn}”应为“已入住”。",
  },
  "RN-REQUIRED": { title: "必填项为空", message: "{name}：“{column}”未填写。" },
  "RN-REQUIRED.persons": { title: "", message: "{name}：“{column}”的“{value}”应为 1 至 {max} 的整数。" },
  "RN-GRADE": {
    title: "危房等级有误",
    message: "{name}：危房等级“{value}”应为 C 级或 D 级（A、B 级不属于危房改造对象）。",
  },
  "RN-D-REINFORCE": {
    title: "D 级危房未重建",
    message: "{name}：D 级危房（整栋危险）应拆除重建，改造方式不能是“{method}”。",
  },
  "RN-AREA-SMALL-HH": {
    title: "建房面积不符（1–3 人户）",
    message: "{name}：D 级危房重建，{persons} 人户建房面积 {area} ㎡，应在 {min}–{max} ㎡ 之间。",
  },
  "RN-AREA-SMALL-HH.empty": {
    title: "",
    message: "{name}：D 级危房重建，建房面积未填写（{persons} 人户应为 {min}–{max} ㎡）。",
  },
  "RN-AREA-SMALL-HH.unreadable": { title: "", message: "{name}：建房面积“{value}”不是数字（单位 ㎡）。" },
  "RN-AREA-PER-CAPITA": {
    title: "人均建房面积不符",
    message:
      "{name}：D 级危房重建，{persons} 人户建房面积 {area} ㎡，人均 {perCapita} ㎡，应在 {min}–{max} ㎡ 之间（即 {low}–{high} ㎡）。",
  },
  "RN-AREA-PER-CAPITA.empty": {
    title: "",
    message: "{name}：D 级危房重建，建房面积未填写（{persons} 人户应为 {low}–{high} ㎡）。",
  },
  "RN-AREA-PER-CAPITA.unreadable": { title: "", message: "{name}：建房面积“{value}”不是数字（单位 ㎡）。" },
  "RN-SAFETY-OPINION": {
    title: "缺少安全性评定意见",
    message: "{name}：“{column}”未填写，改造后应有县级住建部门出具的房屋安全性评定意见。",
  },
  "RN-SAFETY-OPINION.no": {
    title: "",
    message: "{name}：“{column}”为“{value}”，改造后应有县级住建部门出具的房屋安全性评定意见。",
  },
  "RN-MOVED-IN": { title: "未竣工验收或未入住", message: "{name}：改造后应竣工验收合格且已实际入住。" },
  "RN-MOVED-IN.acceptance": {
    title: "",
    message: "{name}：改造后应竣工验收合格，“{acceptanceColumn}”应为“是”。",
  },
  "RN-MOVED-IN.movedIn": {
    title: "",
    message: "{name}：应经核实已实际入住，“{movedInColumn}”应为“已入住”。",
  },
  "RN-MOVED-IN.both": {
    title: "",
    message:
      "{name}：改造后应竣工验收合格且已实际入住，“{acceptanceColumn}”应为“是”，“{movedInColumn}”应为“已入住”。",
  },
  "RN-FUND-EVIDENCE": {
    title: "补助资金兑付凭证缺失",
    message: "{name}：建设方式为“{buildMode}”，“{column}”应为“是”。",
  },
  "RN-FUND-EVIDENCE.self": {
    title: "",
    message: "{name}：建设方式为“{buildMode}”，自建户应有农户“一卡通”和银行回单，“{column}”应为“是”。",
  },
  "RN-FUND-EVIDENCE.unified": {
    title: "",
    message:
      "{name}：建设方式为“{buildMode}”，统建户应有地方政府、农户、施工单位签订的协议及补助资金支付凭证，“{column}”应为“是”。",
  },
  "RN-SUBSIDY-RATE": {
    title: "补助金额与标准不符",
    message: "{name}：{method}补助金额 {subsidy} 元，与补助标准 {rate} 元/户不符，请核实。",
  },
  "RN-SUBSIDY-RATE.unreadable": {
    title: "",
    message: "{name}：补助金额“{value}”不是金额（{method}补助标准 {rate} 元/户）。",
  },
  // Own forms (SPEC §13): a missing column with the band's unrecognised headers as candidates.
  "GEN-MISSING-COLUMN.candidates": {
    title: "",
    message:
      "表头中缺少“{column}”列，依赖该列的检查已跳过。表头中未识别的列：{candidates}；若其中有一列就是“{column}”，请用“对应表头”（命令行 --map {column}=表头）指定。",
  },
};
