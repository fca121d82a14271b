import { describe, expect, it } from "vitest";
import { CHART_HEIGHT, CHART_WIDTH, chartSvg } from "../../src/charts/chartSvg.js";
import { renderChart } from "../../src/charts/renderChart.js";

const data = {
  title: "MLOps BR · 2026-11-23 – 2026-11-29",
  rows: [
    { name: "Ana", minutes: 1250 },
    { name: "Jo<ão> & co", minutes: 640 },
  ],
  rowsLabel: "Hours this week",
  weeklyTotals: [300, 1200, 1890],
  weeksLabel: "Group hours per week",
  alt: "chart",
};

function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe("the weekly chart", () => {
  it("is a valid PNG of the expected size", () => {
    const png = renderChart(data);
    expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(Buffer.from(png.slice(12, 16)).toString("latin1")).toBe("IHDR");
    expect(pngSize(png)).toEqual({ width: CHART_WIDTH, height: CHART_HEIGHT });
  });

  it("draws one bar per member and per week, with names escaped", () => {
    const svg = chartSvg(data);
    expect(svg.match(/<rect /g)).toHaveLength(1 + 2 + 3);
    expect(svg).toContain("Jo&#60;ão&#62; &#38; co");
    expect(svg).toContain("20h50");
  });

  it("renders an empty week without failing", () => {
    expect(pngSize(renderChart({ ...data, rows: [], weeklyTotals: [0] }))).toEqual({
      width: CHART_WIDTH,
      height: CHART_HEIGHT,
    });
  });
});
