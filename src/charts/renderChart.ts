// SVG → PNG with resvg, using the DejaVu font shipped as a package, so charts look the same on any machine.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import type { ChartData } from "../core/schedule/compose.js";
import { chartSvg } from "./chartSvg.js";

const require = createRequire(import.meta.url);
const FONT_DIR = join(dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
const FONTS = [join(FONT_DIR, "DejaVuSans.ttf"), join(FONT_DIR, "DejaVuSans-Bold.ttf")];

export function renderChart(data: ChartData): Uint8Array {
  const svg = chartSvg(data);
  const resvg = new Resvg(svg, {
    font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: "DejaVu Sans" },
    fitTo: { mode: "original" },
  });
  return resvg.render().asPng();
}
