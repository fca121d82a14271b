// Several samples of one LLM verdict, combined: scores vary between runs even at a low temperature, so
// each STAR part and the overall are the median of the samples, and a spread of more than one level is
// shown rather than hidden.
import { STAR_PARTS, type StarPart, type Verdict } from "./verdict.js";

/** Samples further apart than this, on one score, disagree. */
const AGREEING_SPREAD = 1;

/** The middle value; of two middles, the lower (a score is not rounded up by disagreement). */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const value = sorted[Math.floor((sorted.length - 1) / 2)];
  if (value === undefined) throw new Error("the median of no samples");
  return value;
}

function spread(values: readonly number[]): number {
  return Math.max(...values) - Math.min(...values);
}

/**
 * One verdict from `samples` (at least one): medians for the scores, the key points most samples found,
 * and the words of the sample closest to the median overall, so its texts match its score.
 */
export function combineSamples(samples: readonly Verdict[]): Verdict {
  const [first] = samples;
  if (first === undefined) throw new Error("no samples to combine");
  if (samples.length === 1) return first;
  const overall = median(samples.map((s) => s.overall));
  const closest = samples.reduce((best, s) =>
    Math.abs(s.overall - overall) < Math.abs(best.overall - overall) ? s : best,
  );
  const star = Object.fromEntries(
    STAR_PARTS.map((part) => {
      const score = median(samples.map((s) => s.star[part].score));
      // The evidence of a sample that gave the median score: the quote that earned it.
      const quoted = samples.find((s) => s.star[part].score === score) ?? closest;
      return [part, { score, evidence: quoted.star[part].evidence }];
    }),
  ) as Verdict["star"];
  const keyPoints = new Set(samples.flatMap((s) => [...s.covered, ...s.missed]));
  const covered = [...keyPoints]
    .filter((i) => samples.filter((s) => s.covered.includes(i)).length * 2 > samples.length)
    .sort((a, b) => a - b);
  const missed = [...keyPoints].filter((i) => !covered.includes(i)).sort((a, b) => a - b);
  const split: StarPart[] = STAR_PARTS.filter(
    (part) => spread(samples.map((s) => s.star[part].score)) > AGREEING_SPREAD,
  );
  const overallSplit = spread(samples.map((s) => s.overall)) > AGREEING_SPREAD;
  return {
    ...closest,
    overall,
    star,
    covered,
    missed,
    samples: { count: samples.length, split, overallSplit },
  };
}
