import { rowRuns } from "../../../src/hosts/inplace/runs";

/** How the hosts' writeNumbers group cells: one write per run of adjacent columns in a row. */
test.each([
  ["nothing", [], []],
  ["one cell", [{ row: 4, col: 2, value: 7 }], [{ row: 4, col: 2, values: [7] }]],
  [
    "adjacent cells of a row in any order become one run; a gap or another row starts another",
    [
      { row: 4, col: 3, value: 2 },
      { row: 4, col: 2, value: 1 },
      { row: 4, col: 5, value: 3 },
      { row: 3, col: 5, value: 0 },
    ],
    [
      { row: 3, col: 5, values: [0] },
      { row: 4, col: 2, values: [1, 2] },
      { row: 4, col: 5, values: [3] },
    ],
  ],
  [
    "a cell named twice is written once",
    [
      { row: 1, col: 1, value: 5 },
      { row: 1, col: 1, value: 5 },
      { row: 1, col: 2, value: 6 },
    ],
    [{ row: 1, col: 1, values: [5, 6] }],
  ],
])("%s", (_name, cells, runs) => {
  expect(rowRuns(cells)).toEqual(runs);
});
