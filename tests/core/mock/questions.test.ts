// /mock follows the roadmap: questions are drawn from the weeks a member has reached.
import { beforeAll, describe, expect, it } from "vitest";
import { chooseQuestion, isReached, reachedQuestions } from "../../../src/core/mock/questions.js";
import type { InterviewTopic, Roadmap } from "../../../src/core/roadmap/types.js";
import { loadRoadmap } from "../../../src/roadmapFile/load.js";

describe("questions by roadmap week", () => {
  let roadmap: Roadmap;
  const topic = (id: string): InterviewTopic => {
    const found = roadmap.interview.topics.find((t) => t.id === id);
    if (found === undefined) throw new Error(`no topic ${id}`);
    return found;
  };
  beforeAll(async () => {
    roadmap = await loadRoadmap();
  });

  it("GIVEN every question of the default roadmap THEN each says its kind and a week within the plan", () => {
    const questions = roadmap.interview.topics.flatMap((t) => t.questions);
    expect(new Set(questions.map((q) => q.kind))).toEqual(
      new Set(["story", "concept", "design", "motivation"]),
    );
    expect(questions.filter((q) => q.fromWeek < 1 || q.fromWeek > roadmap.weeks.length)).toEqual([]);
    // The project story waits for the month the project starts.
    expect(topic("project").questions.every((q) => q.fromWeek >= 9)).toBe(true);
  });

  it("GIVEN week 1 THEN only motivation is reached; from week 10 every topic is", () => {
    const reached = (week: number) =>
      roadmap.interview.topics.filter((t) => isReached(t, week)).map((t) => t.id);
    expect(reached(1)).toEqual(["motivation"]);
    expect(reached(5)).toEqual(["versioning", "monitoring", "cicd", "motivation"]);
    expect(reached(10)).toEqual(["project", "versioning", "monitoring", "cicd", "motivation"]);
  });

  it("GIVEN week 4 THEN a versioning question of week 4, never the week-9 DVC one", () => {
    const versioning = topic("versioning");
    expect(reachedQuestions(versioning, 4).map((q) => q.id)).toEqual(["versioning-1"]);
    for (let seed = 0; seed < 10; seed += 1)
      expect(chooseQuestion(versioning, [], seed, 4).id).toBe("versioning-1");
  });

  it("GIVEN the project asked for on day 2 THEN its first question, then the next, in the roadmap's order", () => {
    const project = topic("project");
    expect(chooseQuestion(project, [], 7, 1).id).toBe("project-1");
    expect(chooseQuestion(project, ["project-1"], 7, 1).id).toBe("project-2");
  });

  it("GIVEN a finished roadmap THEN every question is fair", () => {
    expect(reachedQuestions(topic("monitoring"), null)).toHaveLength(topic("monitoring").questions.length);
  });
});
