// Judging one answer: the pre-check, then the judge; when the judge gives no score, the answer stays
// unscored and the offline verdict comes along, to be shown clearly labelled — never as the judge's.
import { crossChecked } from "./crossCheck.js";
import type { FailureReason, Judge, JudgeInput, TokenUsage } from "./judge.js";
import { offlineVerdict } from "./offlineJudge.js";
import { type Screening, screenAnswer } from "./screen.js";
import type { Verdict } from "./verdict.js";

export type Assessment =
  | { kind: "scored"; verdict: Verdict; usage: TokenUsage | null; model: string | null }
  | {
      kind: "unscored";
      reason: FailureReason;
      /** The offline judge's view, for reference only. */
      offline: Verdict;
      usage: TokenUsage | null;
      model: string | null;
    };

/** An answer the pre-check judged itself: no judge is called. */
export function screenedAssessment(screening: Extract<Screening, { kind: "screened" }>): Assessment {
  return { kind: "scored", verdict: screening.verdict, usage: null, model: null };
}

/**
 * An answer the pre-check let through, judged by `judge` without the instructions it removed; an LLM's
 * score is checked against the answer's coverage.
 */
export async function judgePassed(
  judge: Judge,
  input: JudgeInput,
  screening: Extract<Screening, { kind: "pass" }>,
): Promise<Assessment> {
  const cleaned = { ...input, answer: screening.answer };
  const judgement = await judge.judge(cleaned);
  const { ignoredInstructions } = screening;
  if (judgement.kind === "scored") {
    const judged = { ...judgement.verdict, ignoredInstructions };
    const verdict =
      judged.judge === "llm" ? crossChecked(judged, offlineVerdict(cleaned), input.keyPoints.length) : judged;
    return { ...judgement, verdict };
  }
  return {
    kind: "unscored",
    reason: judgement.reason,
    offline: { ...offlineVerdict(cleaned), ignoredInstructions },
    usage: judgement.usage,
    model: judgement.model,
  };
}

export async function assessAnswer(judge: Judge, input: JudgeInput): Promise<Assessment> {
  const screening = screenAnswer(input);
  return screening.kind === "screened" ? screenedAssessment(screening) : judgePassed(judge, input, screening);
}
