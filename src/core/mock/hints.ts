// What mock interviews tell the scheduler: the topic to drill this week, and the week's scores.

import type { MockHints } from "../nudges/ports.js";
import type { Roadmap } from "../roadmap/types.js";
import type { MockStore } from "./ports.js";
import { weakestTopicFor } from "./practice.js";

export function mockHintsFor(mock: MockStore, roadmap: Roadmap): MockHints {
  return {
    weakestTopic: async (memberId) => (await weakestTopicFor(mock, roadmap, memberId)).id,
    scoresBetween: async (memberId, from, to) =>
      (await mock.mockScoresBetween(memberId, from, to)).map((s) => ({ topic: s.topicId, score: s.overall })),
  };
}
