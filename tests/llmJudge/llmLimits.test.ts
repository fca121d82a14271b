// What bounds the LLM's cost, through the real openai client against the fake server: one judge call per
// question however many answers race for it, every attempt counted, and a global budget after which the
// offline judge answers.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Judge } from "../../src/core/mock/judge.js";
import { createMockStore } from "../../src/db/mockStore.js";
import { members, mockAnswers } from "../../src/db/schema/index.js";
import { createOpenAIJudge } from "../../src/llmJudge/openaiJudge.js";
import { type FakeOpenAI, type FakeReply, startFakeOpenAI, verdictReply } from "../fakes/openaiServer.js";
import { openBot, type TestBot } from "../support/bot.js";
import { testDatabases } from "../support/databases.js";
import { askedQuestion, strongAnswer } from "../support/mock.js";

const SAT = new Date("2026-11-28T17:00:00Z");
const minutesAfter = (minutes: number) => new Date(SAT.getTime() + minutes * 60_000);
const DAY = 24 * 60;

const VERDICT = {
  star: {
    situation: { score: 3, evidence: "In my portfolio project" },
    task: { score: 3, evidence: "My task was to make every model reproducible" },
    action: { score: 4, evidence: "I implemented it step by step" },
    result: { score: 4, evidence: "the F1 went from 0.71 to 0.83" },
  },
  coveredKeyPoints: [1, 2],
  overall: 8,
  strengths: ["Concrete tools.", "A measured result."],
  improvements: ["Say how you would roll back.", "Shorten the situation."],
  outline: "S → T → A → R.",
  followUp: null,
};

describe.each(testDatabases)("the LLM's cost limits on $name", (database) => {
  let fake: FakeOpenAI;
  let bot: TestBot;
  let llm: Judge;
  beforeAll(async () => {
    fake = await startFakeOpenAI();
    llm = createOpenAIJudge({
      apiKey: "sk-test",
      baseURL: fake.url,
      model: "fake-judge",
      timeoutMs: 5_000,
      maxRetries: 0,
    });
    bot = await openBot(database, { judge: llm, mockDailyLimit: 10 });
  });
  afterAll(async () => {
    await bot.close();
    await fake.close();
  });
  beforeEach(() => {
    fake.requests.length = 0;
    bot.deps.mockDailyLimit = 10;
    bot.deps.judge = llm;
    bot.deps.mock = createMockStore(bot.db);
  });

  async function ask(as: string, at = SAT) {
    return askedQuestion(bot.deps.roadmap, await bot.send("/mock versioning", { as, at }));
  }

  async function storedFor(name: string) {
    return bot.db
      .select({ overall: mockAnswers.overall, judge: mockAnswers.judge, failure: mockAnswers.failure })
      .from(mockAnswers)
      .innerJoin(members, eq(members.id, mockAnswers.memberId))
      .where(eq(members.displayName, name))
      .orderBy(mockAnswers.id);
  }

  it("GIVEN 10 answers to one question at once THEN the judge is called once, one answer is recorded, and the rest are told it is being judged", async () => {
    const as = "racer";
    const answer = strongAnswer(await ask(as));
    // The verdict is held until every other answer has had its reply — or, if each of them called the
    // judge too, until all ten calls arrived.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    fake.respondWith(async () => {
      if (fake.requests.length === 10) release();
      await held;
      return verdictReply(VERDICT);
    });
    let settled = 0;
    const replies = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        bot.send(answer, { as, at: SAT, eventId: `race-${i}` }).then((reply) => {
          settled += 1;
          if (settled === 9) release();
          return reply;
        }),
      ),
    );

    expect(fake.requests).toHaveLength(1);
    expect(replies.filter((r) => r?.includes("🎯 Score: 8/10 (LLM judge)"))).toHaveLength(1);
    expect(replies.filter((r) => r?.startsWith("Your answer is already being judged"))).toHaveLength(9);
    expect(await storedFor(as)).toEqual([{ overall: 8, judge: "llm", failure: null }]);
    expect(bot.errors).toEqual([]);
  });

  const shapes: Array<[string, object]> = [
    ["{}", {}],
    ['{"choices":[{}]}', { choices: [{}] }],
    ["a message without content", { choices: [{ message: { role: "assistant", content: null } }] }],
  ];
  for (const [index, [name, body]] of shapes.entries()) {
    it(`GIVEN a reply of ${name} THEN the answer is unscored, and the attempt counts against the limit`, async () => {
      const as = `shapeless-${index}`;
      bot.deps.mockDailyLimit = 1;
      fake.respondWith((): FakeReply => ({ kind: "body", body }));
      const reply = await bot.send(strongAnswer(await ask(as)), { as, at: SAT });

      expect(reply).toContain("⚠️ The LLM judge could not score this answer: its reply held no verdict.");
      expect(reply).toContain("Your answer is saved as unscored — no score was made up.");
      expect(await storedFor(as)).toEqual([{ overall: null, judge: "llm", failure: "noVerdict" }]);
      expect(fake.requests).toHaveLength(1);
      expect(await bot.send("/mock versioning", { as, at: minutesAfter(1) })).toContain(
        "You've had 1 answer judged in the last 24 hours, the limit. The next one frees up in about 24 h",
      );
      expect(bot.errors).toEqual([]);
    });
  }

  it("GIVEN the LLM's daily budget spent THEN the offline judge answers, says so, and the LLM is back 24 hours after its first call", async () => {
    bot.deps.mock = createMockStore(bot.db, { llmDailyBudget: 1 });
    fake.respondWith(() => verdictReply(VERDICT));
    // Days after the other tests' calls, which have left the window by then.
    const start = minutesAfter(10 * DAY);
    const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
    const judged = async (as: string, when: Date) =>
      bot.send(strongAnswer(await ask(as, when)), { as, at: when });

    expect(await judged("first", at(0))).toContain("(LLM judge)");
    const offline = await judged("second", at(10));
    expect(offline).toMatch(/🎯 Score: \d+\/10 \(offline judge\)/);
    expect(offline).toContain(
      "ℹ️ The LLM judge's budget for the last 24 hours is used up, so the offline judge scored this answer.",
    );
    expect((await storedFor("second"))[0]).toMatchObject({ judge: "offline", failure: null });
    expect(fake.requests).toHaveLength(1);

    expect(await judged("third", at(DAY))).toContain("(LLM judge)");
    expect(fake.requests).toHaveLength(2);
  });

  it("GIVEN a budget of 0 THEN the LLM is never called, even with an LLM judge", async () => {
    bot.deps.mock = createMockStore(bot.db, { llmDailyBudget: 0 });
    fake.respondWith(() => verdictReply(VERDICT));
    const reply = await bot.send(strongAnswer(await ask("frugal")), { as: "frugal", at: SAT });
    expect(reply).toContain("(offline judge)");
    expect(fake.requests).toEqual([]);
  });

  it("GIVEN a judge that fails unexpectedly THEN nothing is recorded and the question takes the answer again", async () => {
    const as = "unlucky";
    let calls = 0;
    bot.deps.judge = {
      kind: "llm",
      async judge(input) {
        calls += 1;
        if (calls === 1) throw new Error("a bug of ours");
        return llm.judge(input);
      },
    };
    fake.respondWith(() => verdictReply(VERDICT));
    const answer = strongAnswer(await ask(as));
    expect(await bot.send(answer, { as, at: SAT })).toContain("Something went wrong");
    expect(await storedFor(as)).toEqual([]);
    expect(await bot.send(answer, { as, at: minutesAfter(1) })).toContain("🎯 Score: 8/10 (LLM judge)");
    expect(await storedFor(as)).toHaveLength(1);
    bot.errors.length = 0;
  });
});
