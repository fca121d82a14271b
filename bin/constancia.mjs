#!/usr/bin/env node
// Runs the compiled CLI when there is one (the Docker image, `npm run build`), else the TypeScript sources
// through tsx, a development dependency: a source checkout after `npm install` has it.
import { existsSync } from "node:fs";

const compiled = new URL("../dist/cli.js", import.meta.url);
if (existsSync(compiled)) {
  await import(compiled.href);
} else {
  const tsx = await import("tsx/esm/api").catch(() => null);
  if (tsx === null) {
    process.stderr.write(
      "Constância is not built and tsx is not installed: run `npm install` (with development dependencies) or `npm run build`.\n",
    );
    process.exit(1);
  }
  tsx.register();
  await import(new URL("../src/cli.ts", import.meta.url).href);
}
