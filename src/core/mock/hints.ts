// What mock interviews tell the scheduler: the topic to drill this week, a question due again, and the
// week's scores.

import type { MockHints } from "../nudges/ports.js";
import type { Roadmap } from "../roadmap/types.js";
import type { MockStore } from "./ports.js";
import { weakestTopicFor } from "./practice.js";
import { redrillsOf } from "./redrill.js";
import { topicById } from "./topics.js";

export function mockHintsFor(mock: MockStore, roadmap: Roadmap): MockHints {
  return {
    weakestTopic: (memberId, week) => weakestTopicFor(mock, roadmap, memberId, week),
    async redrill(memberId, by) {
      // Topics the roadmap no longer has are passed over, as their scores are below.
      for (const due of await redrillsOf(mock, memberId, by)) {
        const topic = topicById(roadmap, due.topicId);
        if (due.dueOn > by) break;
        if (topic !== null) return { ...due, topic };
      }
      return null;
    },
    // A topic the roadmap no longer has is left out: there is nothing to call it.
    scoresBetween: async (memberId, from, to) =>
      (await mock.mockScoresBetween(memberId, from, to)).flatMap((s) => {
        const topic = topicById(roadmap, s.topicId);
        return topic === null ? [] : [{ topic, score: s.overall }];
      }),
  };
}
