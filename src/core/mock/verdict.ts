import type { LocalizedText, QuestionKind } from "../roadmap/types.js";

// What a judge says about one answer. Texts the offline judge produces are notes the catalog renders,
// so they read well in either language; an LLM writes its own text in the member's language.

export const STAR_PARTS = ["situation", "task", "action", "result"] as const;
export type StarPart = (typeof STAR_PARTS)[number];

export const MAX_STAR_SCORE = 4;
export const MAX_OVERALL = 10;

export interface StarScore {
  /** 0–4. */
  score: number;
  /** A short quote from the answer, or null when the part is missing. */
  evidence: string | null;
}

export type OfflineNote =
  | { id: "coverage"; covered: number; total: number }
  | { id: "structure" }
  | { id: "specifics"; terms: string[] }
  | { id: "measuredResult" }
  | { id: "onTopic" }
  | { id: "missedPoint"; keyPoint: number }
  | { id: "addSituation" }
  | { id: "addTask" }
  | { id: "addAction" }
  | { id: "addResult" }
  | { id: "addSpecifics" }
  | { id: "develop"; words: number }
  | { id: "rehearse" };

export type Feedback = { kind: "text"; text: string } | { kind: "note"; note: OfflineNote };

/** A stronger outline of the same answer: written by an LLM, or built from the key points. */
export type Outline = { kind: "text"; text: string } | { kind: "keyPoints" };

/**
 * The one follow-up an interviewer asks. `keyPoints` (indices into the question's key points) are what
 * its answer is judged against.
 */
export type FollowUp =
  | { kind: "text"; text: string; keyPoints: number[] }
  | { kind: "missedPoint"; keyPoint: number }
  | { kind: "example"; keyPoints: number[] };

/** Why an answer was judged without the LLM, and capped at a low score. */
export type ScreenReason = "empty" | "dontKnow" | "tooShort" | "offTopic" | "otherQuestion";

export type JudgeKind = "llm" | "offline";

export interface Verdict {
  judge: JudgeKind;
  /** The kind of question judged; absent (verdicts kept from before kinds): a story. */
  kind?: QuestionKind;
  /** 0–10. */
  overall: number;
  star: Record<StarPart, StarScore>;
  /** Indices into the key points the answer was judged against. */
  covered: number[];
  missed: number[];
  strengths: Feedback[];
  improvements: Feedback[];
  outline: Outline;
  followUp: FollowUp | null;
  screened: ScreenReason | null;
  /** The answer held instructions to the judge; they were removed before judging. */
  ignoredInstructions: boolean;
  /** The LLM judge was wanted, but its budget for the last 24 hours was spent: the offline judge gave this. */
  budgetSpent?: boolean;
  /** The LLM's score disagreed with the answer's key-point coverage and was capped (see crossChecked). */
  disagreement?: Disagreement;
  /** Screened as "otherQuestion": the question of the bank this answer fits instead. */
  otherQuestion?: LocalizedText;
  /** The LLM was sampled several times: how many, and the scores on which the samples disagreed. */
  samples?: SampleSpread;
}

export interface SampleSpread {
  count: number;
  /** STAR parts whose samples differ by more than one level. */
  split: StarPart[];
  /** The overall scores of the samples differ by more than one point. */
  overallSplit: boolean;
}

export interface Disagreement {
  /** What the LLM said; `overall` holds the capped score that counts. */
  llmOverall: number;
  /** Key points the offline judge found, of `total`. */
  covered: number;
  total: number;
}

/** Whether STAR parts were judged: only a story is told in STAR form. */
export function usesStar(verdict: Pick<Verdict, "kind">): boolean {
  return verdict.kind === undefined || verdict.kind === "story";
}

/** The key points a follow-up's answer is judged against. */
export function followUpKeyPoints(followUp: FollowUp): number[] {
  return followUp.kind === "missedPoint" ? [followUp.keyPoint] : followUp.keyPoints;
}
