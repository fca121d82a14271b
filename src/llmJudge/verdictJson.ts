// A verdict as plain JSON, texts rendered in one language: what `constancia judge --json` prints.

import type { Messages } from "../core/messages/index.js";
import type { Assessment } from "../core/mock/assess.js";
import {
  type Disagreement,
  type SampleSpread,
  STAR_PARTS,
  type StarPart,
  usesStar,
  type Verdict,
} from "../core/mock/verdict.js";
import type { KeyPoint, QuestionKind } from "../core/roadmap/types.js";

export interface VerdictJson {
  judge: Verdict["judge"];
  overall: number;
  /** The kind of question; STAR scores and evidence only for a story, else null. */
  kind: QuestionKind;
  star: Record<StarPart, number> | null;
  evidence: Record<StarPart, string | null> | null;
  covered: string[];
  missed: string[];
  strengths: string[];
  improvements: string[];
  outline: string;
  followUp: string | null;
  screened: Verdict["screened"];
  /** Screened as an answer to another question of the bank: that question; else null. */
  otherQuestion: string | null;
  ignoredInstructions: boolean;
  /** The LLM's own score and the coverage it disagreed with, when it was capped; else null. */
  disagreement: Disagreement | null;
  /** How many samples of the LLM were combined, and the scores they disagreed on; null with one. */
  samples: SampleSpread | null;
}

export function verdictJson(verdict: Verdict, keyPoints: KeyPoint[], t: Messages): VerdictJson {
  const pointText = (i: number) => keyPoints[i]?.text[t.locale] ?? `#${i + 1}`;
  const partsOf = <T>(pick: (part: StarPart) => T) =>
    Object.fromEntries(STAR_PARTS.map((part) => [part, pick(part)])) as Record<StarPart, T>;
  return {
    judge: verdict.judge,
    kind: verdict.kind ?? "story",
    overall: verdict.overall,
    star: usesStar(verdict) ? partsOf((part) => verdict.star[part].score) : null,
    evidence: usesStar(verdict) ? partsOf((part) => verdict.star[part].evidence) : null,
    covered: verdict.covered.map(pointText),
    missed: verdict.missed.map(pointText),
    strengths: verdict.strengths.map((feedback) => t["mock.feedback"]({ feedback, keyPoints })),
    improvements: verdict.improvements.map((feedback) => t["mock.feedback"]({ feedback, keyPoints })),
    outline: t["mock.outline"]({ outline: verdict.outline, keyPoints, kind: verdict.kind ?? "story" }),
    followUp:
      verdict.followUp === null
        ? null
        : t["mock.followUpQuestion"]({ followUp: verdict.followUp, keyPoints }),
    screened: verdict.screened,
    otherQuestion: verdict.otherQuestion?.[t.locale] ?? null,
    ignoredInstructions: verdict.ignoredInstructions,
    disagreement: verdict.disagreement ?? null,
    samples: verdict.samples ?? null,
  };
}

/**
 * A scored assessment is the verdict with `status: "scored"`; an unscored one has `overall: null` and
 * no STAR scores of its own — the offline view sits apart, under `offline`.
 */
export function assessmentJson(assessment: Assessment, keyPoints: KeyPoint[], t: Messages): object {
  const common = { model: assessment.model, usage: assessment.usage };
  if (assessment.kind === "scored") {
    return { status: "scored", ...verdictJson(assessment.verdict, keyPoints, t), failure: null, ...common };
  }
  return {
    status: "unscored",
    judge: "llm",
    overall: null,
    star: null,
    covered: null,
    missed: null,
    failure: assessment.reason,
    offline: verdictJson(assessment.offline, keyPoints, t),
    ...common,
  };
}
