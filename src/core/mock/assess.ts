// Judging one answer: the pre-check, then the judge; when the judge gives no score, the answer stays
// unscored and the offline verdict comes along, to be shown clearly labelled — never as the judge's.
import type { FailureReason, Judge, JudgeInput, TokenUsage } from "./judge.js";
import { offlineVerdict } from "./offlineJudge.js";
import { screenAnswer } from "./screen.js";
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

export async function assessAnswer(judge: Judge, input: JudgeInput): Promise<Assessment> {
  const screening = screenAnswer(input);
  if (screening.kind === "screened") {
    return { kind: "scored", verdict: screening.verdict, usage: null, model: null };
  }
  const cleaned = { ...input, answer: screening.answer };
  const judgement = await judge.judge(cleaned);
  const { ignoredInstructions } = screening;
  if (judgement.kind === "scored") {
    return { ...judgement, verdict: { ...judgement.verdict, ignoredInstructions } };
  }
  return {
    kind: "unscored",
    reason: judgement.reason,
    offline: { ...offlineVerdict(cleaned), ignoredInstructions },
    usage: judgement.usage,
    model: judgement.model,
  };
}
