// The pre-check every answer passes before any judge: instructions addressed to the judge are removed,
// and an empty, "I don't know", one-word, off-topic answer, or one to another question of the bank, is
// judged here, at 2/10 or less.

import type { InterviewQuestion, KeyPoint } from "../roadmap/types.js";
import type { JudgeInput } from "./judge.js";
import { isOnTopic, offlineVerdict } from "./offlineJudge.js";
import { mentions, normalize, sentencesOf, wordsOf } from "./text.js";
import type { ScreenReason, Verdict } from "./verdict.js";
import { DONT_KNOW } from "./vocabulary.js";

/** Fewer words than this is not an answer an interviewer could score. */
const MIN_WORDS = 8;
/** The most a screened answer can score. */
export const SCREENED_MAX = 2;

/** Sentences that talk to the judge rather than answer the question (matched without accents). */
const INSTRUCTIONS = [
  /\b(ignore|disregard|forget|override)\b.{0,40}\b(rubric|instructions?|rules|criteria|prompt|above|previous|everything)\b/,
  /\b(ignor[ea]|esqueca|desconsidere)\b.{0,40}\b(rubrica|instruc(ao|oes)|regras|criterios|prompt|anterior(es)?|tudo)\b/,
  /\b(give|award|grade|score|rate|assign)\b.{0,30}\b(10|ten|full marks|maximum|max|perfect)\b/,
  /\b(de|da|atribua|coloque|ponha|me\s+de)\b.{0,30}\b(10|dez|nota\s+maxima|nota\s+maxima)\b/,
  /\b(you\s+are\s+now|voce\s+agora\s+e|as\s+the\s+judge|como\s+juiz|new\s+instructions?|novas\s+instrucoes)\b/,
  /(^|\s)(system|assistant|sistema)\s*:/,
  /\b10\s*\/\s*10\b/,
];

export function isInstruction(sentence: string): boolean {
  const text = normalize(sentence);
  return INSTRUCTIONS.some((pattern) => pattern.test(text));
}

export type Screening =
  | { kind: "screened"; verdict: Verdict }
  | { kind: "pass"; answer: string; ignoredInstructions: boolean };

/** Of another question's key points, this share covered (and none of the asked one's) is an answer to it. */
const OTHER_QUESTION_SHARE = 0.6;

/**
 * The question of the topic this answer fits instead of the one asked: it covers none of the asked key
 * points and most of another's. A follow-up's own question is never "another".
 */
export function otherQuestionOf(input: JudgeInput, normalizedAnswer: string): InterviewQuestion | null {
  const covers = (k: KeyPoint) => k.keywords.some((w) => mentions(normalizedAnswer, w));
  if (input.keyPoints.some(covers)) return null;
  let best: { question: InterviewQuestion; covered: number } | null = null;
  for (const question of input.topic.questions) {
    if (question.keyPoints.some((k) => input.keyPoints.includes(k))) continue;
    const covered = question.keyPoints.filter(covers).length;
    const enough = covered >= 2 && covered >= OTHER_QUESTION_SHARE * question.keyPoints.length;
    if (enough && (best === null || covered > best.covered)) best = { question, covered };
  }
  return best?.question ?? null;
}

function reasonFor(input: JudgeInput, answer: string): ScreenReason | null {
  const words = wordsOf(answer);
  if (words.length === 0) return "empty";
  const normalized = normalize(answer).trim();
  if (DONT_KNOW.test(normalized) && words.length <= 5) return "dontKnow";
  if (words.length < MIN_WORDS) return "tooShort";
  if (!isOnTopic(input, normalized)) return "offTopic";
  if (otherQuestionOf(input, normalized) !== null) return "otherQuestion";
  return null;
}

export function screenAnswer(input: JudgeInput): Screening {
  const sentences = sentencesOf(input.answer);
  const kept = sentences.filter((s) => !isInstruction(s));
  const ignoredInstructions = kept.length < sentences.length;
  const answer = ignoredInstructions ? kept.join(" ") : input.answer.trim();
  const reason = reasonFor(input, answer);
  if (reason === null) return { kind: "pass", answer, ignoredInstructions };

  const judged = offlineVerdict({ ...input, answer });
  const cap = reason === "empty" || reason === "dontKnow" ? 0 : SCREENED_MAX;
  return {
    kind: "screened",
    verdict: {
      ...judged,
      overall: Math.min(judged.overall, cap),
      screened: reason,
      ignoredInstructions,
      ...(reason === "otherQuestion" && { otherQuestion: otherQuestionOf(input, normalize(answer))?.text }),
    },
  };
}
