// Helpers for mock-interview tests: which question a reply asked, and answers of known quality to it.
import type { InterviewQuestion, Roadmap } from "../../src/core/roadmap/types.js";

/** The roadmap question whose text (either language) appears in a reply. */
export function askedQuestion(roadmap: Roadmap, reply: string | null): InterviewQuestion {
  const found = roadmap.interview.topics
    .flatMap((t) => t.questions)
    .find((q) => reply?.includes(q.text.en) === true || reply?.includes(q.text["pt-BR"]) === true);
  if (found === undefined) throw new Error(`no question in reply: ${reply}`);
  return found;
}

/** A structured answer that covers every key point, with a measured result. */
export function strongAnswer(question: InterviewQuestion): string {
  const points = question.keyPoints.map((k) => k.keywords[0]).join(", ");
  return [
    "In my portfolio project the situation was a text classifier whose data changed every week.",
    "My task was to make every model reproducible and easy to audit before the demo.",
    `I implemented it step by step with MLflow, DVC and Docker, covering ${points}.`,
    "As a result, the F1 went from 0.71 to 0.83 and a full retrain now takes 12 minutes instead of 2 hours.",
  ].join(" ");
}

/** An answer on topic that covers one key point and has no structure. */
export function weakAnswer(question: InterviewQuestion): string {
  return `I think it is about ${question.keyPoints[0]?.keywords[0] ?? "data"} and the model, mostly, in general terms.`;
}
