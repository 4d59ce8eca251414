/**
 * The WPS pages and their scripts live in dist/wps/, the lazily loaded chunks (SheetJS for a picked .xls, .et or
 * .ods) in dist/ (webpack.config.js: output.publicPath "" loads chunks relative to the page). Imported first by
 * the WPS pane, so that a chunk is fetched from dist/, not dist/wps/.
 */
declare global {
  // webpack's own free variable: assigning it sets where chunks load from.
  var __webpack_public_path__: string;
}

__webpack_public_path__ = "../";

export {};
