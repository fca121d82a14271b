// Finding interview topics and questions in the roadmap by id or alias.
import { err, ok, type Result } from "../result.js";
import type { InterviewQuestion, InterviewTopic, Locale, Roadmap } from "../roadmap/types.js";
import { normalize } from "./text.js";

export type UnknownTopic = { id: "mock.unknownTopic"; params: { input: string; topics: InterviewTopic[] } };

/** Names a member can type: each topic's id followed by its aliases. */
function topicNames(topic: InterviewTopic): string[] {
  return [topic.id, ...topic.aliases];
}

export function resolveTopic(roadmap: Roadmap, input: string): Result<InterviewTopic, UnknownTopic> {
  const wanted = normalize(input.trim());
  const found = roadmap.interview.topics.find((t) =>
    topicNames(t).some((name) => normalize(name) === wanted),
  );
  if (found !== undefined) return ok(found);
  return err({
    id: "mock.unknownTopic",
    params: { input: input.slice(0, 40), topics: roadmap.interview.topics },
  });
}

/**
 * The word a member types to drill a topic, in their language: its id in English, its first alias in
 * Portuguese (the roadmap lists the Portuguese word first).
 */
export function topicWord(topic: InterviewTopic, locale: Locale): string {
  return locale === "pt-BR" ? (topic.aliases[0] ?? topic.id) : topic.id;
}

export function topicById(roadmap: Roadmap, id: string): InterviewTopic | null {
  return roadmap.interview.topics.find((t) => t.id === id) ?? null;
}

export function questionById(topic: InterviewTopic, id: string): InterviewQuestion | null {
  return topic.questions.find((q) => q.id === id) ?? null;
}

/** A topic and question by their ids, as stored; null when the roadmap no longer has them. */
export function findQuestion(
  roadmap: Roadmap,
  topicId: string,
  questionId: string,
): { topic: InterviewTopic; question: InterviewQuestion } | null {
  const topic = topicById(roadmap, topicId);
  const question = topic === null ? null : questionById(topic, questionId);
  return topic === null || question === null ? null : { topic, question };
}
