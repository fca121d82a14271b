import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rawRows } from "../../../src/db/rawRows.js";
import { createOpenAIJudge } from "../../../src/llmJudge/openaiJudge.js";
import { type FakeOpenAI, startFakeOpenAI, verdictReply } from "../../fakes/openaiServer.js";
import { openBot, type TestBot } from "../../support/bot.js";
import { testDatabases } from "../../support/databases.js";
import { askedQuestion, strongAnswer } from "../../support/mock.js";
import { recordingSender, schedulerFor, tickAt } from "../../support/scheduler.js";

const AT = "2026-11-28T15:00:00Z";

describe.each(testDatabases)("/export and /forget on $name", (database) => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await openBot(database);
  });
  afterAll(() => bot.close());

  /** Every row in every table that mentions the member, by id or by name. */
  async function rowsMentioning(memberId: number, name: string): Promise<string[]> {
    const tables = await rawRows<{ table_name: string }>(
      bot.db,
      sql`select table_name from information_schema.tables where table_schema = 'public'`,
    );
    const found: string[] = [];
    for (const { table_name } of tables) {
      const rows = await rawRows<Record<string, unknown>>(bot.db, sql.raw(`select * from "${table_name}"`));
      for (const row of rows) {
        const values = Object.entries(row);
        const byName = values.some(([, v]) => typeof v === "string" && v.includes(name));
        const byId = values.some(([k, v]) => /member_id|subject_id/.test(k) && Number(v) === memberId);
        const isMember = table_name === "members" && Number(row.id) === memberId;
        if (byName || byId || isMember) found.push(table_name);
      }
    }
    return found;
  }

  it("GIVEN /export THEN a JSON file with the profile, accounts, groups, check-ins and sends", async () => {
    await bot.send("/start", { as: "zoe", at: AT });
    await bot.send("/checkin 2h pandas", { as: "zoe", at: AT });
    const reply = await bot.send("/export", { as: "zoe", at: AT });
    expect(reply).toContain("everything Constância stores about you (1 check-in and more)");
  });

  it("GIVEN /forget THEN it asks first; GIVEN /forget yes THEN no row about the member remains", async () => {
    const sender = recordingSender();
    await bot.send("/start", { as: "yuri", at: AT });
    await bot.send("/checkin 3h", { as: "yuri", at: AT });
    await bot.send("/checkin 1h", { as: "xena", at: AT });
    await tickAt(schedulerFor(bot, sender), "2026-11-29T12:00:00Z");
    const [{ id } = { id: 0 }] = await rawRows<{ id: number }>(
      bot.db,
      sql`select id from members where display_name = 'yuri'`,
    );
    expect(await rowsMentioning(Number(id), "yuri")).not.toEqual([]);

    expect(await bot.send("/forget", { as: "yuri", at: AT })).toContain("To confirm, send: /forget yes");
    expect(await bot.send("/forget please", { as: "yuri", at: AT })).toContain(
      "To confirm, send: /forget yes",
    );
    expect(await rowsMentioning(Number(id), "yuri")).not.toEqual([]);
    expect(await bot.send("/forget yes", { as: "yuri", at: AT })).toContain(
      "everything about you is deleted",
    );
    expect(await rowsMentioning(Number(id), "yuri")).toEqual([]);
    const board = await bot.send("/leaderboard", { as: "xena", at: AT });
    expect(board).not.toContain("yuri");
    expect(board).toContain("Group total: 3h"); // zoe's 2h and xena's 1h: yuri's 3h went with yuri
  });

  it("GIVEN Portuguese THEN the confirmation word is sim", async () => {
    expect(await bot.send("/forget", { as: "wil", at: AT, locale: "pt-BR" })).toContain("/esquecer sim");
    expect(await bot.send("/esquecer sim", { as: "wil", at: AT, locale: "pt-BR" })).toContain(
      "tudo sobre você foi apagado",
    );
  });
});

/** A verdict as the LLM judge returns it (see tests/llmJudge/openaiJudge.test.ts). */
const VERDICT = {
  star: {
    situation: { score: 3, evidence: "In my portfolio project the situation was a text classifier" },
    task: { score: 3, evidence: "My task was to make every model reproducible" },
    action: { score: 4, evidence: "I implemented it step by step with MLflow, DVC and Docker" },
    result: { score: 4, evidence: "the F1 went from 0.71 to 0.83" },
  },
  coveredKeyPoints: [1, 2],
  overall: 8,
  strengths: ["Concrete tools, named precisely."],
  improvements: ["Explain how you would roll back."],
  outline: "S: weekly data. T: reproducible models. A: DVC + MLflow. R: F1 0.83.",
  followUp: null,
};

describe.each(testDatabases)("/export of a member with mock interviews on $name", (database) => {
  let fake: FakeOpenAI;
  let bot: TestBot;
  beforeAll(async () => {
    fake = await startFakeOpenAI();
    fake.respondWith(() => verdictReply(VERDICT, { prompt_tokens: 812, completion_tokens: 245 }));
    const judge = createOpenAIJudge({
      apiKey: "sk-test-0123456789",
      baseURL: fake.url,
      model: "fake-judge",
      timeoutMs: 2_000,
      maxRetries: 0,
    });
    bot = await openBot(database, { judge });
  });
  afterAll(async () => {
    await bot.close();
    await fake.close();
  });

  it("GIVEN check-ins on two days and a judged mock answer THEN the file holds them all, the per-day totals, the verdict and its usage; another member's data is not in it", async () => {
    await bot.send("/checkin 2h pandas", { as: "ana", at: "2026-11-27T15:00:00Z" });
    await bot.send("/checkin 1h30 sklearn", { as: "ana", at: "2026-11-27T18:00:00Z" });
    await bot.send("/checkin 1h", { as: "ana", at: "2026-11-28T15:00:00Z" });
    const question = askedQuestion(
      bot.deps.roadmap,
      await bot.send("/mock versioning", { as: "ana", at: AT }),
    );
    const answer = strongAnswer(question);
    expect(await bot.send(answer, { as: "ana", at: AT })).toContain("Score: 8/10");

    await bot.send("/checkin 3h bruno-private-note", { as: "bruno", at: AT });
    const other = askedQuestion(
      bot.deps.roadmap,
      await bot.send("/mock monitoring", { as: "bruno", at: AT }),
    );
    await bot.send(`bruno-private-answer ${strongAnswer(other)}`, { as: "bruno", at: AT });

    const reply = await bot.reply("/export", { as: "ana", at: AT });
    expect(reply?.text).toContain("(3 check-ins, 1 mock-interview answer and more)");
    const content = String(reply?.file?.content);
    const data = JSON.parse(content) as Record<string, unknown>;
    expect(data.checkins).toHaveLength(3);
    expect(data.checkinDays).toEqual([
      { localDate: "2026-11-27", minutes: 210 },
      { localDate: "2026-11-28", minutes: 60 },
    ]);
    expect(data.mockSessions).toEqual([
      expect.objectContaining({
        topicId: "versioning",
        questionId: question.id,
        endedAt: expect.any(String),
      }),
    ]);
    expect(data.mockAnswers).toEqual([
      expect.objectContaining({
        questionId: question.id,
        answer,
        judge: "llm",
        model: "fake-judge",
        overall: 8,
        verdict: expect.objectContaining({
          overall: 8,
          strengths: [{ kind: "text", text: "Concrete tools, named precisely." }],
        }),
        usage: { promptTokens: 812, completionTokens: 245 },
      }),
    ]);
    for (const theirs of ["bruno", "monitoring", other.id]) expect(content).not.toContain(theirs);
  });

  it("GIVEN Portuguese THEN the reply counts the answers in Portuguese", async () => {
    const question = askedQuestion(
      bot.deps.roadmap,
      await bot.send("/mock versioning", { as: "caio", at: AT }),
    );
    await bot.send(strongAnswer(question), { as: "caio", at: AT, locale: "pt-BR" });
    expect(await bot.send("/exportar", { as: "caio", at: AT, locale: "pt-BR" })).toContain(
      "(0 check-ins, 1 resposta de entrevista simulada e mais)",
    );
  });
});
