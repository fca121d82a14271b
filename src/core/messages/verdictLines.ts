// The layout of a mock-interview verdict, shared by both languages: each language supplies its words.

import { SCREENED_MAX } from "../mock/screen.js";
import {
  type Disagreement,
  type Feedback,
  MAX_STAR_SCORE,
  type OfflineNote,
  type Outline,
  type SampleSpread,
  type ScreenReason,
  STAR_PARTS,
  type StarPart,
  usesStar,
  type Verdict,
} from "../mock/verdict.js";
import type { KeyPoint, Locale, QuestionKind } from "../roadmap/types.js";

/** What a language says in a verdict; the layout around it is the same in every language. */
export interface VerdictWords {
  locale: Locale;
  /** The answer held instructions to the judge, which were ignored. */
  ignoredInstructions: string;
  /** The LLM's budget was spent, so the offline judge gave the verdict. */
  budgetSpent: string;
  /** The LLM's score disagreed with the key points covered, so `counted` is what counts. */
  disagreement(d: Disagreement, counted: number): string;
  /** The LLM's samples disagreed on these scores by more than one level: each shown is their median. */
  samplesDisagree(s: SampleSpread): string;
  /** Why a screened answer scores at most `max`. */
  screened(reason: ScreenReason, max: number): string;
  /** The question of the bank a screened answer fits instead. */
  answersOther(question: string): string;
  keyPointsToCover: string;
  starPart: Record<StarPart, string>;
  /** A STAR part with no evidence. */
  missing: string;
  keyPointsCovered(covered: number, total: number): string;
  strengths: string;
  improvements: string;
  outlineTitle: string;
  note(n: OfflineNote, keyPoints: KeyPoint[]): string;
  /** The offline judge's STAR outline, given the key points' texts. */
  starOutline(points: string[]): string;
  /** The offline judge's outline of an answer that is no story: the key points in the form its kind asks. */
  pointsOutline(kind: Exclude<QuestionKind, "story">, points: string[]): string;
  /** Where the full breakdown is: how to ask for it. */
  detailsHint: string;
}

export function keyPointText(keyPoints: KeyPoint[], index: number, locale: Locale): string {
  return keyPoints[index]?.text[locale] ?? `#${index + 1}`;
}

export function feedbackText(f: Feedback, keyPoints: KeyPoint[], words: VerdictWords): string {
  return f.kind === "text" ? f.text : words.note(f.note, keyPoints);
}

export function outlineText(
  o: Outline,
  keyPoints: KeyPoint[],
  words: VerdictWords,
  kind: QuestionKind = "story",
): string {
  if (o.kind === "text") return o.text;
  const points = keyPoints.map((k) => k.text[words.locale].replace(/\.$/, ""));
  return kind === "story" ? words.starOutline(points) : words.pointsOutline(kind, points);
}

function notices(v: Verdict, words: VerdictWords): string[] {
  const lines: string[] = [];
  if (v.disagreement !== undefined) lines.push(`⚠️ ${words.disagreement(v.disagreement, v.overall)}`);
  if (v.samples !== undefined && (v.samples.split.length > 0 || v.samples.overallSplit)) {
    lines.push(`⚖️ ${words.samplesDisagree(v.samples)}`);
  }
  if (v.budgetSpent === true) lines.push(`ℹ️ ${words.budgetSpent}`);
  if (v.ignoredInstructions) lines.push(`ℹ️ ${words.ignoredInstructions}`);
  return lines;
}

/** Already said by the key-point lines above it: how many were covered, which one was missed. */
function restatesKeyPoints(f: Feedback): boolean {
  return f.kind === "note" && (f.note.id === "coverage" || f.note.id === "missedPoint");
}

/**
 * The verdict as it fits a phone screen: the STAR scores on one line, each key point once, one strength,
 * one thing to improve, and where the full breakdown is.
 */
export function compactVerdictLines(v: Verdict, keyPoints: KeyPoint[], words: VerdictWords): string[] {
  const point = (i: number) => keyPointText(keyPoints, i, words.locale);
  const lines = notices(v, words);
  if (v.screened !== null) {
    return [
      ...lines,
      `⚠️ ${words.screened(v.screened, SCREENED_MAX)}`,
      ...(v.otherQuestion === undefined ? [] : [words.answersOther(v.otherQuestion[words.locale])]),
      words.keyPointsToCover,
      ...keyPoints.map((_, i) => `  ✗ ${point(i)}`),
      words.detailsHint,
    ];
  }
  if (usesStar(v)) {
    const star = STAR_PARTS.map((part) => `${words.starPart[part]} ${v.star[part].score}/${MAX_STAR_SCORE}`);
    lines.push(`STAR: ${star.join(" · ")}`);
  }
  lines.push(words.keyPointsCovered(v.covered.length, keyPoints.length));
  for (const i of v.covered) lines.push(`  ✓ ${point(i)}`);
  for (const i of v.missed) lines.push(`  ✗ ${point(i)}`);
  const strength = v.strengths.find((f) => !restatesKeyPoints(f));
  const improvement = v.improvements.find((f) => !restatesKeyPoints(f));
  if (strength !== undefined) lines.push(`💪 ${feedbackText(strength, keyPoints, words)}`);
  if (improvement !== undefined) lines.push(`🔧 ${feedbackText(improvement, keyPoints, words)}`);
  lines.push(words.detailsHint);
  return lines;
}

/** The verdict part by part: STAR, key points, strengths, improvements and a stronger outline. */
export function verdictLines(v: Verdict, keyPoints: KeyPoint[], words: VerdictWords): string[] {
  const point = (i: number) => keyPointText(keyPoints, i, words.locale);
  const lines = notices(v, words);
  if (v.screened !== null) {
    // Nothing to grade part by part: say why, and show what a full answer covers.
    return [
      ...lines,
      `⚠️ ${words.screened(v.screened, SCREENED_MAX)}`,
      ...(v.otherQuestion === undefined ? [] : [words.answersOther(v.otherQuestion[words.locale])]),
      words.keyPointsToCover,
      ...keyPoints.map((_, i) => `  ✗ ${point(i)}`),
      words.outlineTitle,
      outlineText(v.outline, keyPoints, words, v.kind),
    ];
  }
  if (usesStar(v)) {
    lines.push("STAR:");
    for (const part of STAR_PARTS) {
      const { score, evidence } = v.star[part];
      lines.push(
        `  ${words.starPart[part]} ${score}/${MAX_STAR_SCORE} — ${evidence === null ? words.missing : `“${evidence}”`}`,
      );
    }
  }
  lines.push(words.keyPointsCovered(v.covered.length, keyPoints.length));
  for (const i of v.covered) lines.push(`  ✓ ${point(i)}`);
  for (const i of v.missed) lines.push(`  ✗ ${point(i)}`);
  if (v.strengths.length > 0) {
    lines.push(words.strengths, ...v.strengths.map((s) => `  • ${feedbackText(s, keyPoints, words)}`));
  }
  if (v.improvements.length > 0) {
    lines.push(words.improvements, ...v.improvements.map((s) => `  • ${feedbackText(s, keyPoints, words)}`));
  }
  lines.push(words.outlineTitle, outlineText(v.outline, keyPoints, words, v.kind));
  return lines;
}
