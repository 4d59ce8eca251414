#!/usr/bin/env node
// Installed as a package, `anju` runs the TypeScript CLI through tsx (no separate build step, SPEC §5).
"use strict";
require("tsx/cjs");
require("../src/cli/main.ts").run();
