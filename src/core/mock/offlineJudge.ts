// The offline judge: deterministic and explainable. It looks for STAR markers, the question's key points
// (by the roadmap's keywords), specifics (tools, metrics, numbers) and length; nothing leaves the process.
import type { QuestionKind } from "../roadmap/types.js";
import type { Judge, JudgeInput } from "./judge.js";
import { mentions, normalize, quote, sentencesOf, wordsOf } from "./text.js";
import {
  type Feedback,
  type FollowUp,
  MAX_OVERALL,
  MAX_STAR_SCORE,
  STAR_PARTS,
  type StarPart,
  type StarScore,
  type Verdict,
} from "./verdict.js";
import { FIELD_TERMS, SPECIFIC_TERMS, STAR_MARKERS } from "./vocabulary.js";

/** A sentence this long says more than a marker. */
const SUBSTANTIAL_SENTENCE_WORDS = 12;

const NUMBER = /\d/;

/** The answer's measurements, which also explain the score. */
export interface AnswerFeatures {
  words: number;
  covered: number[];
  missed: number[];
  star: Record<StarPart, StarScore>;
  terms: string[];
  numbers: number;
  /** Uses the topic's or the field's vocabulary at all. */
  onTopic: boolean;
  /** Explains in sentences, rather than listing terms: at least one substantial sentence, few commas. */
  explained: boolean;
}

function hasSpecifics(normalizedSentence: string): boolean {
  return NUMBER.test(normalizedSentence) || SPECIFIC_TERMS.some((t) => mentions(normalizedSentence, t));
}

/** A sentence naming this many STAR parts lists them rather than telling one: weak evidence for each. */
const LISTING_PARTS = 3;

function partsNamed(normalizedSentence: string): number {
  return STAR_PARTS.filter((p) => STAR_MARKERS[p].some((m) => mentions(normalizedSentence, m))).length;
}

function starPart(part: StarPart, sentences: string[]): StarScore {
  const markers = STAR_MARKERS[part];
  let best: StarScore = { score: 0, evidence: null };
  for (const sentence of sentences) {
    const text = normalize(sentence);
    if (!markers.some((m) => mentions(text, m))) continue;
    const substantial = wordsOf(sentence).length >= SUBSTANTIAL_SENTENCE_WORDS;
    // A result is only measured when it holds a number.
    const specific = part === "result" ? NUMBER.test(text) : hasSpecifics(text);
    // The quote is the sentence that tells this part: one that lists every part is kept only for want of it.
    const full = Math.min(MAX_STAR_SCORE, 2 + (substantial ? 1 : 0) + (specific ? 1 : 0));
    const score = partsNamed(text) >= LISTING_PARTS ? Math.min(full, 2) : full;
    if (score > best.score) best = { score, evidence: quote(sentence) };
    if (score === MAX_STAR_SCORE) break;
  }
  return best;
}

/** Whether a normalized answer uses any of the topic's keywords or the field's vocabulary. */
export function isOnTopic(input: JudgeInput, normalizedAnswer: string): boolean {
  const topicWords = input.topic.questions.flatMap((q) => q.keyPoints.flatMap((k) => k.keywords));
  return [...topicWords, ...input.keyPoints.flatMap((k) => k.keywords), ...FIELD_TERMS].some((w) =>
    mentions(normalizedAnswer, w),
  );
}

/** More commas than this per word is a list of terms, not an explanation. */
const LIST_COMMAS_PER_WORD = 0.2;

function isExplained(answer: string, sentences: string[]): boolean {
  const words = wordsOf(answer).length;
  const commas = (answer.match(/,/g) ?? []).length;
  const substantial = sentences.some((s) => wordsOf(s).length >= SUBSTANTIAL_SENTENCE_WORDS);
  return substantial && (words === 0 || commas / words <= LIST_COMMAS_PER_WORD);
}

export function answerFeatures(input: JudgeInput): AnswerFeatures {
  const normalized = normalize(input.answer);
  const sentences = sentencesOf(input.answer);
  const covered: number[] = [];
  const missed: number[] = [];
  input.keyPoints.forEach((point, index) => {
    (point.keywords.some((k) => mentions(normalized, k)) ? covered : missed).push(index);
  });
  const star = Object.fromEntries(STAR_PARTS.map((part) => [part, starPart(part, sentences)])) as Record<
    StarPart,
    StarScore
  >;
  return {
    words: wordsOf(input.answer).length,
    covered,
    missed,
    star,
    terms: SPECIFIC_TERMS.filter((t) => mentions(normalized, t)),
    numbers: (input.answer.match(/\d+(?:[.,]\d+)?%?/g) ?? []).length,
    onTopic: isOnTopic(input, normalized),
    explained: isExplained(input.answer, sentences),
  };
}

/**
 * 0–10: on topic 1, key-point coverage up to 4, STAR structure up to 2, specifics up to 1.5, length up
 * to 1.5. Coverage weighs most because an interviewer first asks "did they answer the question?". STAR
 * is the form of a story only: for an explanation, a design or one's reasons, its 2 points go to covering
 * the key points in sentences, so a complete, correct "what is DVC?" is not marked down for having no
 * Situation, and a bare list of the right terms is not rewarded for it.
 */
function overallScore(f: AnswerFeatures, keyPointCount: number, kind: QuestionKind): number {
  const coverage = keyPointCount === 0 ? 0 : f.covered.length / keyPointCount;
  const starTotal = STAR_PARTS.reduce((sum, part) => sum + f.star[part].score, 0);
  const specifics = Math.min(1.5, 0.5 * f.terms.length + 0.5 * Math.min(f.numbers, 2));
  const length = f.words >= 120 ? 1.5 : f.words >= 60 ? 1 : f.words >= 30 ? 0.5 : 0;
  // Elsewhere the 2 points reward explaining what is covered: a list of the right terms earns no more.
  const form =
    kind === "story"
      ? 4 * coverage + 2 * (starTotal / (4 * MAX_STAR_SCORE))
      : 4 * coverage + (f.explained ? 2 * coverage : 0);
  const raw = (f.onTopic ? 1 : 0) + form + specifics + length;
  return Math.max(0, Math.min(MAX_OVERALL, Math.round(raw)));
}

function strengthsOf(f: AnswerFeatures, keyPointCount: number, story: boolean): Feedback[] {
  const notes: Feedback[] = [];
  const add = (note: Feedback & { kind: "note" }) => notes.push(note);
  if (f.covered.length > 0 && f.covered.length * 2 >= keyPointCount) {
    add({ kind: "note", note: { id: "coverage", covered: f.covered.length, total: keyPointCount } });
  }
  if (story && f.star.result.score === MAX_STAR_SCORE) add({ kind: "note", note: { id: "measuredResult" } });
  if (story && STAR_PARTS.filter((p) => f.star[p].score >= 2).length >= 3)
    add({ kind: "note", note: { id: "structure" } });
  if (f.terms.length >= 2) add({ kind: "note", note: { id: "specifics", terms: f.terms.slice(0, 3) } });
  if (f.covered.length > 0) add({ kind: "note", note: { id: "onTopic" } });
  return notes.slice(0, 2);
}

function improvementsOf(f: AnswerFeatures, story: boolean): Feedback[] {
  const notes: Feedback[] = [];
  const [firstMissed] = f.missed;
  if (firstMissed !== undefined)
    notes.push({ kind: "note", note: { id: "missedPoint", keyPoint: firstMissed } });
  if (f.words < 60) notes.push({ kind: "note", note: { id: "develop", words: f.words } });
  if (story) {
    if (f.star.result.score < MAX_STAR_SCORE) notes.push({ kind: "note", note: { id: "addResult" } });
    if (f.star.action.score === 0) notes.push({ kind: "note", note: { id: "addAction" } });
    if (f.star.situation.score === 0) notes.push({ kind: "note", note: { id: "addSituation" } });
    if (f.star.task.score === 0) notes.push({ kind: "note", note: { id: "addTask" } });
  }
  if (f.terms.length < 2) notes.push({ kind: "note", note: { id: "addSpecifics" } });
  notes.push({ kind: "note", note: { id: "rehearse" } });
  return notes.slice(0, 2);
}

function followUpOf(f: AnswerFeatures, keyPointCount: number): FollowUp {
  const [firstMissed] = f.missed;
  if (firstMissed !== undefined) return { kind: "missedPoint", keyPoint: firstMissed };
  return { kind: "example", keyPoints: Array.from({ length: keyPointCount }, (_, i) => i) };
}

/** The offline verdict on an answer as given (callers screen it first; see screenAnswer). */
export function offlineVerdict(input: JudgeInput): Verdict {
  const f = answerFeatures(input);
  const count = input.keyPoints.length;
  const story = input.kind === "story";
  return {
    judge: "offline",
    kind: input.kind,
    overall: overallScore(f, count, input.kind),
    star: f.star,
    covered: f.covered,
    missed: f.missed,
    strengths: strengthsOf(f, count, story),
    improvements: improvementsOf(f, story),
    outline: { kind: "keyPoints" },
    followUp: input.wantFollowUp ? followUpOf(f, count) : null,
    screened: null,
    ignoredInstructions: false,
  };
}

/** The offline judge behind the Judge port; the pre-check (screenAnswer) runs before any judge. */
export const offlineJudge: Judge = {
  kind: "offline",
  async judge(input) {
    return { kind: "scored", verdict: offlineVerdict(input), usage: null, model: null };
  },
};
