// The Judge port: one interface for the LLM judge and the offline judge.
import type { InterviewTopic, KeyPoint, Locale, QuestionKind } from "../roadmap/types.js";
import type { JudgeKind, Verdict } from "./verdict.js";

export interface JudgeInput {
  topic: InterviewTopic;
  /** The question as the member read it. */
  question: string;
  keyPoints: KeyPoint[];
  /** What the question asks for: STAR applies to a story only. */
  kind: QuestionKind;
  answer: string;
  locale: Locale;
  /** Ask for a follow-up question (never after a follow-up). */
  wantFollowUp: boolean;
}

export interface TokenUsage {
  promptTokens: number;
  completionTokens: number;
}

/** Why a judge gave no score. */
export type FailureReason =
  | "timeout"
  | "rateLimited"
  | "serverError"
  | "unavailable"
  | "malformed"
  /** A reply with no verdict in it: no choices, no message, no content (e.g. `{}`). */
  | "noVerdict"
  | "outOfSchema";

export type Judgement =
  | { kind: "scored"; verdict: Verdict; usage: TokenUsage | null; model: string | null }
  | { kind: "unscored"; reason: FailureReason; usage: TokenUsage | null; model: string | null };

export interface Judge {
  readonly kind: JudgeKind;
  /** Never throws for an outage or a bad reply: those are an unscored judgement. */
  judge(input: JudgeInput): Promise<Judgement>;
}
