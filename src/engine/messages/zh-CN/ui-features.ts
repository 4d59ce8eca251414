/** zh-CN: own forms, WPS, blank tables, cross-table and diff, 对应表头, file formats, old runtimes. */
export const uiFeatures = {
  // Own forms (SPEC §13): --map and anju fill.
  mapBad: "--map 应写成 字段=表头（如 --map 竣工验收=完工核验）：{arg}",
  mapUnknownField:
    "--map 中的“{field}”不是任何表格的字段（按规范的列名填写，如 竣工验收、户主姓名、处理意见 维修加固）",
  mapNoHeader: "--map {field}={header}：所检查的表格中没有表头“{header}”",
  fillFilled: "已填写 {cells} 个单元格（{rows} 行）：",
  fillRow: "{sheet} 第 {row} 行 {name}",
  fillUnmatchedRows: "名称与输入文件中的村（社区）或乡镇（街道）都对不上的行（{count} 行，未填写）：",
  fillUnmatchedLabels: "不是统计项的表头（{count} 个，未填写）：",
  fillFormulaCells: "含公式的单元格未写入：{cells}",
  fillWrote: "已写出 {path}（打开时将重新计算公式）",
  fillNoForm:
    "“{file}”中没有找到汇总表样：需要一行表头含户数、A级、危房户数等统计项，并有村（社区）或乡镇（街道）名称列",
  fillFormNotXlsx: "表样必须是 .xlsx 或 .xlsm 工作簿（可在 Excel 或 WPS 中另存为 .xlsx）：{file}",
  fillNeedsFiles: "fill 需要一个表样文件和至少一个乡镇（村）工作簿",
  fillNeedsOut: "fill 需要 --out <填好的表样.xlsx>",
  fillOutIsInput: "--out 不能是表样或输入文件（不会改动原文件）：{file}",
  // WPS host (src/hosts/wps, src/wps): notices and errors inside WPS 表格.
  wpsWorkbook: "当前工作簿",
  wpsNoWorkbook: "WPS 表格中没有打开的工作簿，请先打开要检查的台账。",
  wpsFailed: "WPS 表格返回错误：{message}",
  wpsSheetProtected:
    "工作表“{sheet}”受保护，已校验但未写入任何标记。请在“审阅”选项卡中点击“撤销工作表保护”后重新校验。",
  wpsReadOnly: "工作簿以只读方式打开，已校验但未写入标记。请以可编辑方式打开（或另存一份）后重新校验。",
  wpsStructureProtected:
    "工作簿结构受保护，无法添加记录原有底色的隐藏工作表，因此未写入标记。请在“审阅”选项卡中撤销工作簿保护后重新校验。",
  wpsForeignComments:
    "有 {count} 个单元格原已有您的批注，已原样保留、未添加安居批注；这些问题已列入“校验结果”工作表。",
  wpsStateNote:
    "安居台账核查内部记录：标记前各单元格的原有底色，清除标记时据此恢复。请勿修改或删除此工作表。",
  wpsStateDamaged: "标记记录中有 {count} 行已被改动，对应单元格的原有底色无法恢复。",
  wpsOwnSheet: "“{sheet}”是安居核查生成的工作表，不作校验；请切换到要检查的村（社区）工作表。",
  wpsConnecting: "正在连接 WPS 表格…",
  wpsUnavailable: "未能连接 WPS 表格（window.Application 不可用），请从“安居核查”选项卡打开核查面板。",
  wpsRibbonNoWorkbook: "请先打开要检查的台账。",
  // Blank tables (SPEC §12, anju template, 插入空白表): input messages, error alerts, page and pane.
  tplHintHead: "填写户主姓名（必填）。",
  tplHintAddress: "填写房屋地址（必填），如 XX镇XX村X组X号。",
  tplHintPlace: "填写所在县（区）、乡镇、村的名称。",
  tplHintRemark: "需要说明的情况写在这里。",
  tplHintPhone: "填写 11 位手机号或带区号的固定电话（如 0523-86123456），多个号码用“、”隔开。",
  tplErrorPhone: "“{column}”应为 11 位手机号或带区号的固定电话。确认无误请点“是”。",
  tplHintId: "填写 18 位身份证号（末位可为 X）。",
  tplErrorId: "“{column}”应为 18 位身份证号。",
  tplHintTick: "符合的从下拉列表选 {tick}，不符合的留空。",
  tplErrorTick: "“{column}”只能选 {tick} 或留空。",
  tplHintYear: "填写实施年份（四位数字，如 2019），未实施的留空。",
  tplErrorYear: "“{column}”应为 {min} 至 {max} 之间的四位年份。",
  tplHintDate: "填写日期，如 2024-06-30 或 2024/6/30。",
  tplErrorDate: "“{column}”应为 {from} 至 {to} 之间的日期，如 2024-06-30。",
  tplListJoin: "、",
  tplHintList: "从下拉列表选择：{values}。",
  tplErrorList: "“{column}”只能是 {values} 之一，请从下拉列表选择。",
  tplHintListOpen: "从下拉列表选择：{values}；也可填写{other}。",
  tplErrorListOpen: "“{column}”一般填 {values}，也可填写{other}。确认无误请点“是”。",
  tplHintWhole: "填写 {min} 至 {max} 之间的整数。",
  tplErrorWhole: "“{column}”应为 {min} 至 {max} 之间的整数。",
  tplHintAmount: "填写数字（单位：{unit}），不能为负数。",
  tplErrorAmount: "“{column}”应为不小于 0 的数字（单位：{unit}）。",
  tplErrorTitle: "{column}填写有误",
  tplOtherReport: "验收报告编号",
  tplOtherKeyDate: "交付钥匙日期",
  tplOtherOpinion: "评定意见编号",
  tplKindRevisit: "表A.1 回访表",
  tplKindRelocation: "易地扶贫搬迁台账",
  tplKindRenovation: "危房改造台账",
  tplWritten:
    "已生成空白{kind}：{file}（工作表“{sheet}”，表头第 {header} 行，数据第 {first}–{last} 行，共 {rows} 行）",
  tplSectionTitle: "空白表",
  tplSectionIntro:
    "按标准格式下载空白表：带下拉列表、输入提示和出错提醒，填错的格自动标色。在没有安装本工具的 Excel 或 WPS 中同样有效。",
  tplTownship: "乡镇（街道）",
  tplVillage: "村（社区）",
  tplRows: "行数",
  tplDownload: "下载空白表",
  tplFileName: "{kind}空白表.xlsx",
  tplInsert: "插入空白表",
  tplInserted: "已插入空白表“{sheet}”。",
  tplNoValidation:
    "此版本的 Excel 不支持数据验证（需要 ExcelApi 1.8，即 Excel 2019 或更高版本），空白表中没有下拉列表、输入提示和出错提醒。",
  tplNoFormats:
    "此版本的 Excel 不支持条件格式（需要 ExcelApi 1.6），填错的格不会自动标色，请填完后点“校验当前工作表”。",
  tplBadRows: "行数应为 1 至 {max} 之间的整数。",
  // Cross-table check (SPEC §5, §11): several files in one report.
  cliRelated: "↳ 相关：{place}",
  colFile: "文件",
  colRelated: "相关位置",
  // Half-year diff (anju diff, 与上次报送比对, SPEC §10).
  diffPrevious: "上次报送：{file}",
  diffCurrent: "本次报送：{file}",
  diffGoneHeading: "上次报送中有、本次缺失的户（{file}）",
  diffVillagesHeading: "各村（社区）比对",
  diffColVillage: "村（社区）",
  diffColPrevious: "上次户数",
  diffColCurrent: "本次户数",
  diffColNew: "新增",
  diffColGone: "缺失",
  diffColMoved: "迁入",
  diffColImproved: "好转",
  diffColWorsened: "变差",
  diffColStale: "回访未更新",
  diffTotal: "合计",
  // 对应表头 (SPEC §13) in the task pane and on the page.
  mapTitle: "对应表头",
  mapIntro:
    "以下表格缺少必需的列，依赖这些列的检查已跳过。若表中某一列就是所缺的列，请为它选择表头，然后重新检查。",
  mapSheet: "工作表“{sheet}”（{kind}）",
  mapField: "缺少“{field}”：",
  mapNone: "（表中没有此列）",
  mapApply: "应用并重新检查",
  mapKept: "已对应：{field} = {header}（{kind}）",
  mapDownload: "下载县级配置（保留这些对应）",
  mapConfigName: "安居-县级配置.json",
  // Every file a clerk has (issue 16, src/workbook/formats): .xls, .et, .ods and CSV.
  readDamaged: "文件已损坏或不完整，无法作为 {format} 打开；请在 Excel 或 WPS 中打开并另存为 .xlsx 后再检查",
  readEt: "无法读取这个 WPS 表格 .et 文件（{detail}），请在 WPS 中“另存为” .xlsx 后再检查",
  // Issue 14 (IE11 / Office 2016–2019): the one host the pane cannot run in, Excel 2013 and older.
  noExcelApiTitle: "此版本的 Excel 过旧",
  noExcelApiBody:
    "Excel 2013 及更早的版本没有加载项所需的 Excel JavaScript API，核查面板无法在表格中核查和标记。请使用 Excel 2016 或更高版本，或者用网页版、离线网页 anju-offline.html 检查表格（文件只在本机读取，不会上传）。",
  // 插入空白表 in WPS (issue 20, src/hosts/wps/entry.ts): parts this WPS refused.
  wpsTplNoValidation:
    "此版本的 WPS 表格未能添加数据有效性，空白表中（部分）没有下拉列表、输入提示和出错警告。",
  wpsTplNoFormats: "此版本的 WPS 表格未能添加条件格式，填错的格不会自动标色，请填完后点“校验当前工作表”。",
  wpsTplNoLayout:
    "此版本的 WPS 表格未能冻结表头或设置打印（A4 横向、每页打印表头），请在“页面布局”中手动设置。",
  // Pane features of issues 18–21 (与上次报送比对, 关联文件, 插入空白表, 对应表头 in the task panes and on the page).
  diffCompare: "与上次报送比对",
  diffPick: "选择上次报送的工作簿文件（.xlsx、.xls、.et、.ods、.csv；只在本机读取，不会上传）",
  diffTitle: "与上次报送比对：{file}",
  diffPreviousSame: "{file}（上次报送）",
  diffNoRun: "未能完成比对，请重新选择上次报送的文件。",
  diffGoneNote: "上次报送中有、本次缺失的户列在结果中（不标记），显示其在上次文件中的位置。",
  relatedTitle: "关联文件",
  relatedIntro:
    "添加同乡镇的危房改造台账、易地扶贫搬迁台账、民政低收入人口名单或其他村的工作簿，“校验全部工作表”会同时做跨表核对。文件只在本机读取，不会上传。",
  relatedAdd: "添加关联文件",
  relatedPick: "选择关联文件（可多选）",
  relatedRoster: "民政名单",
  relatedRemove: "移除“{name}”",
  relatedNone: "未添加关联文件：“校验全部工作表”只核对本工作簿各表之间。",
  relatedCount: "已添加 {count} 个关联文件，请点“校验全部工作表”。",
  paneInOtherFile: "{file}（不在本工作簿，未标记）",
  tplInsertKind: "表格种类",
  progressInserting: "正在插入空白表…",
  mapKeptWorkbook: "对应关系已保存在本工作簿中，以后每次校验都会使用。",
  mapKeptSession: "此程序无法在工作簿中保存设置，对应关系只在本次打开期间有效。",
  // Document settings (src/hosts/office/settings.ts): Office's saveAsync failed.
  settingsNotSaved: "未能把设置保存到工作簿（{detail}）。",
  // 填写汇总表 in the task panes (issue 21, src/hosts/inplace/fill.ts, src/ui/FillFormPanel.tsx).
  paneFillTitle: "填写汇总表",
  paneFillIntro:
    "把当前工作表当作本县（市、区）自己的汇总表样：选择各乡镇（村）的工作簿，按村（社区）或乡镇（街道）名称填入户数、A级、危房户数等统计数；含公式的单元格和其他内容不改动。文件只在本机读取，不会上传。",
  paneFillPick: "选择乡镇（村）工作簿（可多选）",
  paneFillNoFiles: "请至少选择一个乡镇（村）工作簿。",
  paneFillDone: "已在“{sheet}”中填写 {cells} 个单元格（{rows} 行）。",
  paneFillNothing:
    "“{sheet}”中没有可填写的单元格：没有一行的名称与所选文件中的村（社区）或乡镇（街道）对得上。",
  officeFillNoMerges:
    "此版本的 Excel 无法读取合并单元格：跨合并单元格的表头可能未被识别，部分统计列可能未填写。请核对，或在 Excel 2021、Microsoft 365 或 WPS 表格中填写。",
  progressFilling: "正在填写汇总表…",
};
