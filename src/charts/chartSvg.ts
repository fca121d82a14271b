// The weekly chart as SVG: hours per member this week (top) and the group's total per week (bottom).

import { formatMinutes } from "../core/messages/format.js";
import type { ChartData } from "../core/nudges/compose.js";

export const CHART_WIDTH = 800;
export const CHART_HEIGHT = 520;

const MAX_ROWS = 8;
const COLORS = { bar: "#2f7d6d", week: "#5b6ee1", text: "#1f2933", muted: "#7b8794", grid: "#e4e7eb" };

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function chartSvg(data: ChartData): string {
  const parts: string[] = [];
  const text = (x: number, y: number, value: string, size: number, fill = COLORS.text, weight = "normal") =>
    parts.push(
      `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(value)}</text>`,
    );

  text(24, 36, truncate(data.title, 60), 20, COLORS.text, "bold");

  // Members: horizontal bars.
  text(24, 68, data.rowsLabel, 14, COLORS.muted);
  const rows = data.rows.slice(0, MAX_ROWS);
  const maxMinutes = Math.max(60, ...rows.map((r) => r.minutes));
  rows.forEach((row, i) => {
    const y = 82 + i * 26;
    const width = Math.max(2, Math.round((row.minutes / maxMinutes) * 480));
    text(24, y + 15, truncate(row.name, 18), 13);
    parts.push(`<rect x="190" y="${y + 2}" width="${width}" height="18" rx="3" fill="${COLORS.bar}"/>`);
    text(198 + width, y + 15, formatMinutes(row.minutes), 12, COLORS.muted);
  });

  // Weeks: vertical bars.
  const top = 310;
  const height = 170;
  text(24, top - 12, data.weeksLabel, 14, COLORS.muted);
  parts.push(
    `<line x1="24" y1="${top + height}" x2="${CHART_WIDTH - 24}" y2="${top + height}" stroke="${COLORS.grid}"/>`,
  );
  const weeks = data.weeklyTotals;
  const maxWeek = Math.max(60, ...weeks);
  const slot = (CHART_WIDTH - 48) / Math.max(1, weeks.length);
  weeks.forEach((minutes, i) => {
    const barHeight = Math.round((minutes / maxWeek) * (height - 20));
    const x = 24 + i * slot + slot * 0.15;
    parts.push(
      `<rect x="${x.toFixed(1)}" y="${top + height - barHeight}" width="${(slot * 0.7).toFixed(1)}" height="${barHeight}" rx="3" fill="${COLORS.week}"/>`,
    );
    text(Math.round(x), top + height - barHeight - 6, `${Math.round(minutes / 60)}h`, 11, COLORS.muted);
  });

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${CHART_HEIGHT}" viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}" font-family="DejaVu Sans">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...parts,
    "</svg>",
  ].join("\n");
}
