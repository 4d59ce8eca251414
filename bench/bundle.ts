import { join } from "node:path";
import webpack from "webpack";

/**
 * The engine as the browser page and the add-in run it: bundled by webpack in production mode (modules hoisted
 * into one scope, minified), written to bench/tmp/engine.bundle.js for the engine measurement. The CLI runs the
 * same sources through tsx, whose module wrappers cost more per call; the bench measures both.
 */
export function bundleEngine(root: string, outDir: string): Promise<string> {
  const compiler = webpack({
    mode: "production",
    target: "node",
    entry: join(root, "src", "engine", "check.ts"),
    output: { path: outDir, filename: "engine.bundle.js", library: { type: "commonjs2" } },
    resolve: { extensions: [".ts", ".js"] },
    module: { rules: [{ test: /\.ts$/, loader: "ts-loader", options: { transpileOnly: true } }] },
    devtool: false,
  });
  return new Promise((resolve, reject) => {
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err) reject(err);
      else if (stats?.hasErrors()) reject(new Error(stats.toString("errors-only")));
      else resolve(join(outDir, "engine.bundle.js"));
    });
  });
}
