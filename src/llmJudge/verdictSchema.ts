// The structured output asked of the LLM, as a zod schema: sent as the response format, and checked on
// the reply — a score out of range is a reply out of schema, never a score.
import { z } from "zod";
import { MAX_OVERALL, MAX_STAR_SCORE } from "../core/mock/verdict.js";

const text = (max: number) => z.string().trim().min(1).max(max);

const starPart = z.strictObject({
  score: z.int().min(0).max(MAX_STAR_SCORE),
  /** An exact short quote from the answer, or null when the part is missing. */
  evidence: z.string().max(300).nullable(),
});

export const llmVerdictSchema = z.strictObject({
  star: z.strictObject({ situation: starPart, task: starPart, action: starPart, result: starPart }),
  /** Numbers (from 1) of the key points the answer covers. */
  coveredKeyPoints: z.array(z.int().min(1).max(20)).max(20),
  overall: z.int().min(0).max(MAX_OVERALL),
  strengths: z.array(text(400)).min(1).max(3),
  improvements: z.array(text(400)).min(1).max(3),
  outline: text(2000),
  followUp: text(400).nullable(),
});

export type LlmVerdict = z.infer<typeof llmVerdictSchema>;
