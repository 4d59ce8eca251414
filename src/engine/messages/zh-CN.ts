/**
 * The zh-CN catalogue: rule titles and messages with named slots, and every string the user interfaces show.
 * A message names the household, the column as the clerk sees it, what is wrong and what would be right.
 * `ID.problem` entries refine a rule's message for one value of its `problem` parameter.
 */
export const zhCN = {
  rules: {
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
  } as Record<string, { title: string; message: string }>,
  severity: { error: "错误", warning: "警告", info: "提示" } as Record<string, string>,
  kind: { revisit: "回访表", relocation: "易地扶贫搬迁台账", renovation: "危房改造台账" } as Record<
    string,
    string
  >,
  ui: {
    appName: "安居台账核查",
    checkSheet: "校验当前工作表",
    checkAll: "校验全部工作表",
    clearMarks: "清除标记",
    townshipSummary: "生成乡镇汇总",
    citySummary: "生成市级汇总",
    sample: "抽查样本",
    resultsSheet: "校验结果",
    colSheet: "工作表",
    colRow: "行",
    colCells: "单元格",
    colSeverity: "级别",
    colRule: "规则",
    colMessage: "说明",
    colClause: "依据条款",
    colLink: "定位",
    linkText: "转到",
    noteHeader: "【{ruleId}】{severity}",
    noteClause: "依据：{clause}",
    cliNoFindings: "未发现问题。",
    cliCounts: "错误 {error} 条，警告 {warning} 条，提示 {info} 条",
    cliTable: "工作表“{sheet}”：{kind}，表头第 {headerRows} 行，数据第 {first}–{last} 行",
    cliWrote: "已写出标注副本：{path}",
  } as Record<string, string>,
};

export type Catalogue = typeof zhCN;
