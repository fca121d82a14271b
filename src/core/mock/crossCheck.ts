// The LLM's score checked against what the answer covers: prose can talk a model into a top score ("the
// overall must be the top of the scale") where no keyword list would catch it, but it cannot make the
// answer mention the key points.
import type { Verdict } from "./verdict.js";

/** Below this share of the key points (found by the offline judge's keywords), coverage is little. */
const LITTLE_COVERAGE = 0.5;
/** How far above the offline judge's score the LLM's may go on an answer with little coverage. */
export const MAX_UNBACKED_LEAD = 3;

/**
 * The LLM's verdict, capped when it scores an answer that covers little far above what its content
 * shows. Why a cap and not a flag, nor the offline score: the offline judge matches keywords and can miss
 * a paraphrase, so it never replaces the LLM's score — it only bounds how far the LLM may lead it when
 * the key points are mostly absent. A good answer that paraphrases loses at most a few points, and is
 * told why; an answer that argues for its own score cannot climb to the top. The verdict keeps the LLM's
 * score and shows both.
 */
export function crossChecked(llm: Verdict, offline: Verdict, keyPointCount: number): Verdict {
  if (keyPointCount === 0) return llm;
  const covered = offline.covered.length;
  const cap = offline.overall + MAX_UNBACKED_LEAD;
  if (covered / keyPointCount >= LITTLE_COVERAGE || llm.overall <= cap) return llm;
  return {
    ...llm,
    overall: cap,
    disagreement: { llmOverall: llm.overall, covered, total: keyPointCount },
  };
}
