/** The formats a picked workbook may have (SPEC §8), by extension and by the types browsers give them. */
export const WORKBOOK_ACCEPT = [
  ".xlsx",
  ".xlsm",
  ".xls",
  ".et",
  ".ods",
  ".csv",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.ms-excel",
  "application/vnd.oasis.opendocument.spreadsheet",
  "text/csv",
].join(",");
