// SVG → PNG with resvg, using the DejaVu font shipped as a package, so charts look the same on any machine.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type * as ResvgModule from "@resvg/resvg-js";
import type { ChartData } from "../core/nudges/compose.js";
import { chartSvg } from "./chartSvg.js";

const require = createRequire(import.meta.url);
const FONT_DIR = join(dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
const FONTS = [join(FONT_DIR, "DejaVuSans.ttf"), join(FONT_DIR, "DejaVuSans-Bold.ttf")];

/** Loaded at the first chart (resvg is native code a bot between weekly summaries does not need). */
let resvgModule: typeof ResvgModule | undefined;

export function renderChart(data: ChartData): Uint8Array {
  resvgModule ??= require("@resvg/resvg-js") as typeof ResvgModule;
  const svg = chartSvg(data);
  const resvg = new resvgModule.Resvg(svg, {
    font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: "DejaVu Sans" },
    fitTo: { mode: "original" },
  });
  return resvg.render().asPng();
}
