// Timing helpers and the report every benchmark prints: "name: value unit (baseline: value unit, ratio R)".
import { performance } from "node:perf_hooks";

export interface Result {
  name: string;
  value: number;
  baseline: number;
  /** What the baseline is, for the table ("allowed", "raw INSERT"). */
  baselineLabel?: string;
  unit: string;
  goal: string;
  /** value/baseline, or value/goal where the baseline is only shown for context (a p95). */
  ratio: number;
  met: boolean;
}

export async function timeIt(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));

export function report(result: Result): Result {
  process.stdout.write(
    `${result.name}: ${fmt(result.value)} ${result.unit} (baseline: ${fmt(result.baseline)} ${result.unit}, ratio ${result.ratio.toFixed(2)})\n`,
  );
  return result;
}

export function markdownTable(results: Result[], machine: string): string {
  const lines = [
    `Measured on ${machine}.`,
    "",
    "| benchmark | value | baseline | ratio | goal | met |",
    "| --- | --- | --- | --- | --- | --- |",
    ...results.map(
      (r) =>
        `| ${r.name} | ${fmt(r.value)} ${r.unit} | ${r.baselineLabel ? `${r.baselineLabel}: ` : ""}${fmt(r.baseline)} ${r.unit} | ${r.ratio.toFixed(2)} | ${r.goal} | ${r.met ? "yes" : "no"} |`,
    ),
  ];
  return lines.join("\n");
}
