import { describe, expect, it } from "vitest";
import { summarizePractice, trendOf, weakestTopic } from "../../../src/core/mock/practice.js";
import { chooseQuestion } from "../../../src/core/mock/questions.js";
import { loadRoadmap } from "../../../src/roadmapFile/load.js";

const roadmap = await loadRoadmap();
const topics = roadmap.interview.topics;
const ids = topics.map((t) => t.id);

describe("weakestTopic", () => {
  it("GIVEN no practice THEN the first topic of the roadmap", () => {
    expect(weakestTopic(topics, []).id).toBe("project");
  });

  it("GIVEN some topics never practised THEN the first of those", () => {
    const practice = ["project", "versioning"].map((topicId) => ({ topicId, answered: 1, scores: [3] }));
    expect(weakestTopic(topics, practice).id).toBe("monitoring");
  });

  it("GIVEN answers that were never scored THEN that topic still counts as not practised", () => {
    const practice = ids.map((topicId) => ({
      topicId,
      answered: 2,
      scores: topicId === "cicd" ? [] : [8, 9],
    }));
    expect(weakestTopic(topics, practice).id).toBe("cicd");
  });

  it("GIVEN every topic practised THEN the lowest recent average, the less practised on a tie", () => {
    const practice = [
      { topicId: "project", answered: 3, scores: [8, 8, 8] },
      { topicId: "versioning", answered: 6, scores: [2, 2, 9, 9, 9, 9] }, // recent five average 7.6
      { topicId: "monitoring", answered: 2, scores: [5, 5] },
      { topicId: "cicd", answered: 1, scores: [5] },
      { topicId: "motivation", answered: 2, scores: [7, 9] },
    ];
    expect(weakestTopic(topics, practice).id).toBe("cicd");
  });
});

describe("trendOf", () => {
  it.each([
    [[5], null],
    [[4, 6], "up"],
    [[6, 5.5], "steady"],
    [[8, 8, 8, 3, 3, 3], "down"],
    [[2, 2, 9, 9, 6, 6, 6], "steady"], // the last three against the three before
  ] as const)("%j → %s", (scores, trend) => {
    expect(trendOf([...scores])).toBe(trend);
  });

  it("summarizes only practised topics, in roadmap order, averaging scored answers", () => {
    const summary = summarizePractice(topics, [
      { topicId: "cicd", answered: 3, scores: [4, 7] },
      { topicId: "project", answered: 1, scores: [] },
    ]);
    expect(summary.map((s) => [s.topic.id, s.answered, s.average, s.trend])).toEqual([
      ["project", 1, null, null],
      ["cicd", 3, 5.5, "up"],
    ]);
  });
});

describe("chooseQuestion", () => {
  const topic = topics[1];
  if (topic === undefined) throw new Error("no topic");
  const all = topic.questions.map((q) => q.id);

  it("GIVEN questions not seen yet THEN one of them", () => {
    const recent = all.slice(0, 3);
    for (let seed = 0; seed < 10; seed += 1) {
      expect(recent).not.toContain(chooseQuestion(topic, recent, seed).id);
    }
  });

  it("GIVEN every question seen THEN the one seen longest ago", () => {
    const recent = [all[2], all[0], all[4], all[1], all[3], all[2]].filter((id) => id !== undefined);
    expect(chooseQuestion(topic, recent, 7).id).toBe(all[3]);
  });

  it("spreads members over the bank", () => {
    const first = new Set(Array.from({ length: 10 }, (_, seed) => chooseQuestion(topic, [], seed).id));
    expect(first.size).toBe(all.length);
  });
});
