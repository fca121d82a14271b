// What a member can do next in a mock interview: platforms with buttons offer these under the reply, each
// naming the question it acts on; the reply's text says the same in words for the others.
import type { InterviewTopic } from "../roadmap/types.js";
import type { Answering } from "./currentQuestion.js";

export type MockAction =
  /** Opens the form for this question. */
  | { kind: "answer"; answering: Answering }
  /** Another question on its topic, or, for a follow-up, the end of the session. */
  | { kind: "skip"; answering: Answering }
  | { kind: "stop"; answering: Answering }
  /** Drops this question for one on `topic`: asked for a new topic while this one was open. */
  | { kind: "switch"; answering: Answering; topic: InterviewTopic }
  /** A new question on the member's weakest topic. */
  | { kind: "another" }
  /** The full breakdown of the latest verdict. */
  | { kind: "details" }
  | { kind: "history" };

/** Under an open question: answer it, skip it, stop (a follow-up's skip already ends the session). */
export function openQuestionActions(answering: Answering): MockAction[] {
  const rest: MockAction[] =
    answering.stage === "question"
      ? [
          { kind: "skip", answering },
          { kind: "stop", answering },
        ]
      : [{ kind: "skip", answering }];
  return [{ kind: "answer", answering }, ...rest, { kind: "history" }];
}

/** Under a question open in another chat, where it cannot be answered: leave it, here. */
export function elsewhereActions(answering: Answering, topic: InterviewTopic | null): MockAction[] {
  const leave: MockAction =
    topic === null ? { kind: "skip", answering } : { kind: "switch", answering, topic };
  return [leave, { kind: "stop", answering }, { kind: "history" }];
}

/** Asked for a new topic with a question open here: the new one, or keep answering. */
export function switchActions(answering: Answering, topic: InterviewTopic): MockAction[] {
  return [
    { kind: "switch", answering, topic },
    { kind: "answer", answering },
  ];
}

/** Under a verdict that asks a follow-up: the follow-up's actions, and the verdict's breakdown. */
export function followUpActions(answering: Answering): MockAction[] {
  return [
    { kind: "answer", answering },
    { kind: "skip", answering },
    { kind: "details" },
    { kind: "history" },
  ];
}

/** Under a verdict that ends the session. */
export const DONE_ACTIONS: readonly MockAction[] = [
  { kind: "another" },
  { kind: "details" },
  { kind: "history" },
];
