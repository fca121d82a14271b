// The LLM judge samples each verdict several times in one request: each score is the samples' median, and
// samples that disagree by more than one level are said so, never hidden.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { members, mockAnswers } from "../../src/db/schema/index.js";
import { createOpenAIJudge } from "../../src/llmJudge/openaiJudge.js";
import { type FakeOpenAI, startFakeOpenAI } from "../fakes/openaiServer.js";
import { openBot, type TestBot } from "../support/bot.js";
import { testDatabases } from "../support/databases.js";
import { askedQuestion, strongAnswer } from "../support/mock.js";

const SAT = "2026-11-28T17:00:00Z";

function sample(overall: number, result: number) {
  return JSON.stringify({
    star: {
      situation: { score: 3, evidence: "In my portfolio project the situation was a text classifier" },
      task: { score: 3, evidence: "My task was to make every model reproducible" },
      action: { score: 4, evidence: "I implemented it step by step with MLflow, DVC and Docker" },
      result: { score: result, evidence: result === 0 ? null : "the F1 went from 0.71 to 0.83" },
    },
    coveredKeyPoints: [1, 2, 4],
    overall,
    strengths: [`Scored ${overall} by this sample.`],
    improvements: ["Explain how you would roll back."],
    outline: "S: weekly data changes. T: reproducible models. A: DVC + MLflow. R: F1 0.83.",
    followUp: "How would you roll back to the previous dataset?",
  });
}

describe.each(testDatabases)("sampled LLM verdicts on $name", (database) => {
  let fake: FakeOpenAI;
  let bot: TestBot;
  beforeAll(async () => {
    fake = await startFakeOpenAI();
    const judge = createOpenAIJudge({
      apiKey: "sk-test-0123456789",
      baseURL: fake.url,
      model: "fake-judge",
      samples: 3,
      timeoutMs: 5000,
      maxRetries: 0,
    });
    bot = await openBot(database, { judge });
  });
  afterAll(async () => {
    await bot.close();
    await fake.close();
  });
  beforeEach(() => {
    fake.requests.length = 0;
  });

  async function answer(as: string) {
    const question = askedQuestion(bot.deps.roadmap, await bot.send("/mock versioning", { as, at: SAT }));
    return (await bot.send(strongAnswer(question), { as, at: SAT })) ?? "";
  }

  async function storedOverall(name: string) {
    const [row] = await bot.db
      .select({ overall: mockAnswers.overall })
      .from(mockAnswers)
      .innerJoin(members, eq(members.id, mockAnswers.memberId))
      .where(eq(members.displayName, name));
    return row?.overall;
  }

  it("GIVEN three samples that disagree THEN one request asks for 3, the median counts and the spread is shown", async () => {
    fake.respondWith(() => ({ kind: "choices", contents: [sample(5, 1), sample(8, 4), sample(7, 3)] }));
    const verdict = await answer("sam");
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]?.n).toBe(3);
    expect(verdict).toContain("7/10");
    expect(verdict).toContain(
      "⚖️ The judge was asked 3 times and the answers disagreed on Result, the overall: each score shown is the middle one.",
    );
    // The words are those of the sample that gave the median score.
    expect(await bot.send("/mock details", { as: "sam", at: SAT })).toContain("Scored 7 by this sample.");
    expect(await storedOverall("sam")).toBe(7);
  });

  it("GIVEN samples within one level of each other THEN no spread is shown", async () => {
    fake.respondWith(() => ({ kind: "choices", contents: [sample(7, 3), sample(8, 4), sample(7, 4)] }));
    const verdict = await answer("ada");
    expect(verdict).toContain("7/10");
    expect(verdict).not.toContain("⚖️");
  });

  it("GIVEN one sample out of the schema THEN the others decide; with none left, the answer is unscored", async () => {
    fake.respondWith(() => ({ kind: "choices", contents: ["not json", sample(6, 3), sample(9, 4)] }));
    expect(await answer("bea")).toContain("6/10");
    fake.respondWith(() => ({ kind: "choices", contents: ["not json", "{}", "[]"] }));
    await answer("cid");
    expect(await storedOverall("cid")).toBeNull();
  });

  it("GIVEN a local server that ignores n and sends one choice THEN that verdict, with no spread", async () => {
    fake.respondWith(() => ({ kind: "choices", contents: [sample(8, 4)] }));
    const verdict = await answer("dan");
    expect(verdict).toContain("8/10");
    expect(verdict).not.toContain("⚖️");
  });
});
