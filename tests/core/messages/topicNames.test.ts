import { EMPTY_PLAN } from "../../../src/core/plans/plan.js";
// Interview topics as members read them: by their names, and drilled with the word of their language.

import { describe, expect, it } from "vitest";
import { messagesFor } from "../../../src/core/messages/index.js";
import { weekProgress } from "../../../src/core/progress/weekProgress.js";
import { loadRoadmap } from "../../../src/roadmapFile/load.js";

describe("interview topics in messages", async () => {
  const roadmap = await loadRoadmap();
  const topic = (id: string) => {
    const found = roadmap.interview.topics.find((t) => t.id === id);
    if (found === undefined) throw new Error(`no topic ${id}`);
    return found;
  };
  const week = roadmap.weeks[0];
  if (week === undefined) throw new Error("no week 1");

  it("GIVEN the weekly plan names a topic to drill THEN its name and the member's own word, no id", () => {
    const plan = {
      name: "ana",
      week,
      totalWeeks: roadmap.weeks.length,
      targetMinutes: 1200,
      freshStart: null,
      plan: EMPTY_PLAN,
      goalMinutes: 1200,
    };
    expect(messagesFor("pt-BR")["nudge.weeklyPlan"]({ ...plan, drillTopic: topic("project") })).toContain(
      "Nesta semana, treine Projeto Técnico: /simulado projeto",
    );
    expect(messagesFor("en")["nudge.weeklyPlan"]({ ...plan, drillTopic: topic("project") })).toContain(
      "This week, drill Technical project: /mock project",
    );
  });

  it("GIVEN mock scores in the recap THEN each topic by its name in the member's language", () => {
    const recap = {
      name: "bia",
      progress: weekProgress("2026-11-29", 600, { minutes: 1200 }),
      activeDays: 4,
      tasks: { done: 3, of: 5 },
      streak: 4,
      bestDay: null,
      mockScores: [{ topic: topic("versioning"), score: 9 }],
      nextWeek: null,
      mood: "onTrack" as const,
      today: "2026-11-29",
    };
    const pt = messagesFor("pt-BR")["recap.weekly"](recap);
    expect(pt).toContain("Entrevistas simuladas: Versionamento 9/10");
    expect(pt).toContain("Tarefas: 3/5 feitas");
    expect(pt).not.toContain("versioning");
    expect(messagesFor("en")["recap.weekly"](recap)).toContain("Mock interviews: Versioning 9/10");
  });

  it("GIVEN an unknown topic THEN the topics are listed as a Portuguese speaker types them", () => {
    const topics = roadmap.interview.topics;
    const pt = messagesFor("pt-BR")["mock.unknownTopic"]({ input: "docker", topics });
    expect(pt).toContain("projeto, versionamento, monitoramento");
    expect(pt).not.toContain("versioning");
    expect(messagesFor("en")["mock.unknownTopic"]({ input: "docker", topics })).toContain(
      "project, versioning, monitoring",
    );
  });
});
