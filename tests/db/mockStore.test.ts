import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AttemptRequest, MockStore, NewMockAnswer } from "../../src/core/mock/ports.js";
import type { FollowUp, Verdict } from "../../src/core/mock/verdict.js";
import type { Store } from "../../src/core/ports.js";
import type { DatabaseHandle } from "../../src/db/client.js";
import { createMockStore } from "../../src/db/mockStore.js";
import { mockAnswers } from "../../src/db/schema/index.js";
import { createStore } from "../../src/db/store.js";
import { testDatabases } from "../support/databases.js";
import { type OpenedStores, storeBackends } from "../support/stores.js";

const AT = new Date("2026-11-28T17:00:00Z");

const VERDICT: Verdict = {
  judge: "llm",
  overall: 7,
  star: {
    situation: { score: 3, evidence: "In my project" },
    task: { score: 2, evidence: "I had to" },
    action: { score: 4, evidence: "I used DVC" },
    result: { score: 1, evidence: null },
  },
  covered: [0, 2],
  missed: [1, 3],
  strengths: [{ kind: "text", text: "Clear" }],
  improvements: [{ kind: "note", note: { id: "missedPoint", keyPoint: 1 } }],
  outline: { kind: "text", text: "S, T, A, R" },
  followUp: { kind: "text", text: "How would you roll back?", keyPoints: [1, 3] },
  screened: null,
  ignoredInstructions: false,
};

const FOLLOW_UP: FollowUp = { kind: "missedPoint", keyPoint: 1 };

describe.each(storeBackends)("mock store on $name", (backend) => {
  let opened: OpenedStores;
  let store: Store;
  let mock: MockStore;
  beforeAll(async () => {
    opened = await backend.open({ llmDailyBudget: 3 });
    ({ store, mock } = opened);
  });
  afterAll(() => opened.close());

  async function answersOf(memberId: number): Promise<number> {
    return (await mock.recentAnswers(memberId, 1000)).length;
  }

  const minutes = (n: number) => new Date(AT.getTime() + n * 60_000);
  const claim = (
    s: { id: number; memberId: number },
    patch: Partial<AttemptRequest> = {},
  ): ReturnType<MockStore["claimAttempt"]> =>
    mock.claimAttempt({
      sessionId: s.id,
      memberId: s.memberId,
      stage: "question",
      at: AT,
      limit: 10,
      wantsLlm: false,
      ...patch,
    });

  let users = 0;
  /** A new member, as the stores read one back (whether DMs reach them is the identity's, not the member's). */
  async function member() {
    users += 1;
    const {
      dmRefused: _,
      dmUnproven: __,
      ...created
    } = await store.ensureMember(
      { platform: "telegram", platformUserId: `u${users}`, displayName: `User ${users}` },
      { timezone: "America/Sao_Paulo" },
    );
    return created;
  }

  async function session(memberId: number, topicId = "versioning", questionId = "versioning-1", at = AT) {
    const started = await mock.startSession({
      memberId,
      platform: "telegram",
      chatId: "chat",
      topicId,
      questionId,
      startedAt: at,
    });
    if (started.kind !== "started") throw new Error("a session was already open");
    return started.session;
  }

  function answerOf(
    s: { id: number; memberId: number; topicId: string; questionId: string },
    patch: Partial<NewMockAnswer> = {},
  ): NewMockAnswer {
    return {
      sessionId: s.id,
      memberId: s.memberId,
      stage: "question",
      topicId: s.topicId,
      questionId: s.questionId,
      answer: "I used DVC",
      judge: "llm",
      model: "gpt-test",
      overall: 7,
      verdict: VERDICT,
      failure: null,
      usage: { promptTokens: 900, completionTokens: 250 },
      answeredAt: AT,
      localDate: "2026-11-28",
      platform: "telegram",
      eventId: `event-${s.id}-${patch.stage ?? "question"}`,
      ...patch,
    };
  }

  it("GIVEN an open session THEN starting another returns it, and the identity finds it without creating anyone", async () => {
    const m = await member();
    const first = await session(m.id);
    const again = await mock.startSession({ ...first, startedAt: AT });
    expect(again).toEqual({ kind: "alreadyOpen", session: first });
    expect(await mock.openSessionOf({ platform: "telegram", platformUserId: `u${users}` })).toEqual({
      member: m,
      session: first,
    });
    expect(await mock.openSessionOf({ platform: "telegram", platformUserId: "nobody" })).toBeNull();
    expect(await mock.endSession(first.id, "stopped", AT)).toBe(true);
    expect(await mock.endSession(first.id, "stopped", AT)).toBe(false);
    expect(await mock.openSession(m.id)).toBeNull();
  });

  it("GIVEN a question's answer, then its follow-up's THEN the latest answer is the follow-up's, with what it was judged against", async () => {
    const m = await member();
    expect(await mock.latestAnswer(m.id)).toBeNull();
    const s = await session(m.id);
    await mock.recordAnswer(answerOf(s), { stage: "followUp", followUp: FOLLOW_UP, askedAt: minutes(1) });
    expect(await mock.latestAnswer(m.id)).toEqual({
      topicId: "versioning",
      questionId: "versioning-1",
      stage: "question",
      verdict: VERDICT,
      followUp: FOLLOW_UP,
    });
    const followUpVerdict: Verdict = { ...VERDICT, overall: 9, followUp: null };
    await mock.recordAnswer(
      answerOf(s, { stage: "followUp", verdict: followUpVerdict, overall: 9, answeredAt: minutes(2) }),
      { stage: "done" },
    );
    expect(await mock.latestAnswer(m.id)).toMatchObject({ stage: "followUp", verdict: followUpVerdict });
  });

  it("records an answer with its verdict and token usage, and moves the session to the follow-up", async () => {
    const m = await member();
    const s = await session(m.id);
    const followUp: FollowUp = { kind: "text", text: "How would you roll back?", keyPoints: [1, 3] };
    const later = new Date(AT.getTime() + 60_000);
    expect(await mock.recordAnswer(answerOf(s), { stage: "followUp", followUp, askedAt: later })).toBe(
      "recorded",
    );
    expect(await mock.openSession(m.id)).toMatchObject({ stage: "followUp", followUp, askedAt: later });

    // The verdict and the tokens come back whole, in /export.
    const exported = await store.exportMember(m.id);
    expect(exported.mockAnswers).toEqual([
      expect.objectContaining({
        sessionId: s.id,
        verdict: VERDICT,
        usage: { promptTokens: 900, completionTokens: 250 },
      }),
    ]);

    expect(await mock.recordAnswer(answerOf(s, { stage: "followUp", overall: 5 }), { stage: "done" })).toBe(
      "recorded",
    );
    expect(await mock.openSession(m.id)).toBeNull();
  });

  it("GIVEN the same event again, or a session already answered or closed THEN nothing more is recorded", async () => {
    const m = await member();
    const s = await session(m.id);
    expect(await mock.recordAnswer(answerOf(s), { stage: "done" })).toBe("recorded");
    expect(await mock.hasAnswerFromEvent("telegram", `event-${s.id}-question`)).toBe(true);
    expect(await mock.recordAnswer(answerOf(s), { stage: "done" })).toBe("duplicate");
    expect(await mock.recordAnswer(answerOf(s, { eventId: "other" }), { stage: "done" })).toBe(
      "sessionChanged",
    );

    const stopped = await session(m.id);
    await mock.endSession(stopped.id, "stopped", AT);
    expect(await mock.recordAnswer(answerOf(stopped), { stage: "done" })).toBe("sessionChanged");
    expect(await answersOf(m.id)).toBe(1);
  });

  it("GIVEN two answers to one question at once THEN exactly one is recorded", async () => {
    const m = await member();
    const s = await session(m.id);
    const outcomes = await Promise.all(
      ["a", "b", "c"].map((id) => mock.recordAnswer(answerOf(s, { eventId: id }), { stage: "done" })),
    );
    expect(outcomes.filter((o) => o === "recorded")).toHaveLength(1);
    expect(await answersOf(m.id)).toBe(1);
  });

  it("GIVEN answers racing for one question THEN exactly one is claimed for the judge; the rest find it busy", async () => {
    const m = await member();
    const s = await session(m.id);
    const outcomes = await Promise.all(Array.from({ length: 10 }, () => claim(s)));
    expect(outcomes.filter((o) => o.kind === "claimed")).toEqual([
      { kind: "claimed", attempts: 1, llm: false },
    ]);
    expect(outcomes.filter((o) => o.kind === "busy")).toHaveLength(9);
    expect((await mock.attemptsBefore(m.id, AT)).count).toBe(1);

    // Recording the answer ends judging and moves the session on: the old stage is no longer claimable.
    expect(
      await mock.recordAnswer(answerOf(s), { stage: "followUp", followUp: FOLLOW_UP, askedAt: AT }),
    ).toBe("recorded");
    expect(await claim(s)).toEqual({ kind: "sessionChanged" });
    expect(await claim(s, { stage: "followUp" })).toMatchObject({ kind: "claimed", attempts: 2 });
  });

  it("GIVEN a judge that failed THEN the released session takes an answer again; a mark left by a dead process expires", async () => {
    const m = await member();
    const s = await session(m.id);
    expect(await claim(s)).toMatchObject({ kind: "claimed" });
    await mock.releaseJudging(s.id);
    expect(await claim(s, { at: minutes(1) })).toMatchObject({ kind: "claimed", attempts: 2 });
    // Never released (the process died): busy while a judge could still be working, then free again.
    expect(await claim(s, { at: minutes(20) })).toEqual({ kind: "busy" });
    expect(await claim(s, { at: minutes(27) })).toMatchObject({ kind: "claimed", attempts: 3 });
  });

  it("GIVEN the limit THEN no claim until the oldest attempt is 24 hours old, whatever the local date", async () => {
    const m = await member();
    const s = await session(m.id);
    for (const at of [AT, minutes(60)]) {
      expect(await claim(s, { at, limit: 2 })).toMatchObject({ kind: "claimed" });
      await mock.releaseJudging(s.id);
    }
    const day = 24 * 60;
    expect(await claim(s, { at: minutes(day - 1), limit: 2 })).toEqual({
      kind: "limitReached",
      nextAt: minutes(day),
    });
    expect(await mock.attemptsBefore(m.id, minutes(day - 1))).toEqual({ count: 2, nextAt: minutes(day) });
    expect(await claim(s, { at: minutes(day), limit: 2 })).toMatchObject({ kind: "claimed", attempts: 2 });
  });

  it("GIVEN the LLM budget spent across members THEN claims go on without the LLM until a call is 24 hours old", async () => {
    // This store's budget is 3 LLM calls in any 24 hours.
    const calls: boolean[] = [];
    for (let i = 0; i < 4; i += 1) {
      const s = await session((await member()).id);
      const outcome = await claim(s, { wantsLlm: true, at: minutes(i) });
      calls.push(outcome.kind === "claimed" && outcome.llm);
    }
    expect(calls).toEqual([true, true, true, false]);
    // Not wanting the LLM (a screened answer, the offline judge) never spends the budget.
    const offline = await session((await member()).id);
    expect(await claim(offline, { at: minutes(5) })).toMatchObject({ kind: "claimed", llm: false });
    const later = await session((await member()).id);
    expect(await claim(later, { wantsLlm: true, at: minutes(24 * 60) })).toMatchObject({ llm: true });

    const none = opened.mockWith({ llmDailyBudget: 0 });
    const s = await session((await member()).id);
    expect(
      await none.claimAttempt({
        sessionId: s.id,
        memberId: s.memberId,
        stage: "question",
        at: AT,
        limit: 10,
        wantsLlm: true,
      }),
    ).toMatchObject({ kind: "claimed", llm: false });
  });

  it("the database refuses a score out of range, and a score together with a failure", async () => {
    const m = await member();
    const s = await session(m.id);
    await expect(mock.recordAnswer(answerOf(s, { overall: 11 }), { stage: "done" })).rejects.toThrow();
    await expect(
      mock.recordAnswer(answerOf(s, { overall: 7, failure: "timeout" }), { stage: "done" }),
    ).rejects.toThrow();
    await expect(
      mock.recordAnswer(answerOf(s, { overall: null, failure: null }), { stage: "done" }),
    ).rejects.toThrow();
    expect(
      await mock.recordAnswer(answerOf(s, { overall: null, failure: "timeout" }), { stage: "done" }),
    ).toBe("recorded");
  });

  it("practice, recent answers and the scores between two local dates", async () => {
    const m = await member();
    const day = (d: number) => `2026-11-${String(d).padStart(2, "0")}`;
    const plan: Array<[string, string, number | null, number]> = [
      ["versioning", "versioning-1", 3, 20],
      ["monitoring", "monitoring-2", null, 22],
      ["versioning", "versioning-2", 6, 23],
      ["monitoring", "monitoring-3", 8, 29],
      ["cicd", "cicd-1", 5, 30],
    ];
    for (const [topicId, questionId, overall, d] of plan) {
      const at = new Date(`${day(d)}T15:00:00Z`);
      const s = await session(m.id, topicId, questionId, at);
      await mock.recordAnswer(
        answerOf(s, {
          overall,
          failure: overall === null ? "rateLimited" : null,
          answeredAt: at,
          localDate: day(d),
        }),
        { stage: "done" },
      );
    }
    expect(await mock.recentQuestionIds(m.id, 3)).toEqual(["cicd-1", "monitoring-3", "versioning-2"]);
    expect(await mock.practice(m.id)).toEqual(
      expect.arrayContaining([
        { topicId: "versioning", answered: 2, scores: [3, 6] },
        { topicId: "monitoring", answered: 2, scores: [8] },
        { topicId: "cicd", answered: 1, scores: [5] },
      ]),
    );
    const recent = await mock.recentAnswers(m.id, 2);
    expect(recent.map((r) => [r.topicId, r.overall, r.localDate])).toEqual([
      ["cicd", 5, "2026-11-30"],
      ["monitoring", 8, "2026-11-29"],
    ]);
    // The week of Monday 2026-11-23: the unscored answer of the 22nd is outside, the 30th is the next week.
    expect(await mock.mockScoresBetween(m.id, "2026-11-23", "2026-11-29")).toEqual([
      {
        localDate: "2026-11-23",
        topicId: "versioning",
        questionId: "versioning-2",
        stage: "question",
        judge: "llm",
        overall: 6,
      },
      {
        localDate: "2026-11-29",
        topicId: "monitoring",
        questionId: "monitoring-3",
        stage: "question",
        judge: "llm",
        overall: 8,
      },
    ]);
    expect(await mock.mockScoresBetween(m.id, "2026-11-21", "2026-11-22")).toEqual([]);
  });
});

describe.each(testDatabases)("mock store's rows on $name", (database) => {
  let handle: DatabaseHandle;
  let store: Store;
  let mock: MockStore;
  beforeAll(async () => {
    handle = await database.open();
    store = createStore(handle.db);
    mock = createMockStore(handle.db, { llmDailyBudget: 3 });
  });
  afterAll(() => handle.close());

  it("stores the verdict as a JSON object, with the token usage in columns", async () => {
    const m = await store.ensureMember(
      { platform: "telegram", platformUserId: "json", displayName: "Json" },
      { timezone: "UTC" },
    );
    const started = await mock.startSession({
      memberId: m.id,
      platform: "telegram",
      chatId: "chat",
      topicId: "versioning",
      questionId: "versioning-1",
      startedAt: AT,
    });
    const s = started.session;
    const answer: NewMockAnswer = {
      sessionId: s.id,
      memberId: m.id,
      stage: "question",
      topicId: s.topicId,
      questionId: s.questionId,
      answer: "I used DVC",
      judge: "llm",
      model: "gpt-test",
      overall: 7,
      verdict: VERDICT,
      failure: null,
      usage: { promptTokens: 900, completionTokens: 250 },
      answeredAt: AT,
      localDate: "2026-11-28",
      platform: "telegram",
      eventId: "json-event",
    };
    expect(await mock.recordAnswer(answer, { stage: "followUp", followUp: FOLLOW_UP, askedAt: AT })).toBe(
      "recorded",
    );
    // Stored as a JSON object (not a string holding JSON) on either driver, so SQL can query inside it.
    const [row] = await handle.db
      .select({
        kind: sql<string>`jsonb_typeof(${mockAnswers.verdict})`,
        overall: sql<number>`(${mockAnswers.verdict} ->> 'overall')::int`,
        promptTokens: mockAnswers.promptTokens,
        completionTokens: mockAnswers.completionTokens,
        verdict: mockAnswers.verdict,
      })
      .from(mockAnswers)
      .where(eq(mockAnswers.sessionId, s.id));
    expect(row).toEqual({
      kind: "object",
      overall: 7,
      promptTokens: 900,
      completionTokens: 250,
      verdict: VERDICT,
    });
  });
});
