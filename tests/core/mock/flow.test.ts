import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { members, mockAnswers, mockSessions } from "../../../src/db/schema/index.js";
import { openBot, type TestBot } from "../../support/bot.js";
import { testDatabases } from "../../support/databases.js";
import { askedQuestion, strongAnswer, weakAnswer } from "../../support/mock.js";

// Saturday 2026-11-28, 14:00 in São Paulo.
const SAT = "2026-11-28T17:00:00Z";
const minutesAfter = (iso: string, minutes: number) => new Date(new Date(iso).getTime() + minutes * 60_000);

describe.each(testDatabases)("mock interviews on $name", (database) => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await openBot(database, { mockDailyLimit: 4 });
  });
  afterAll(() => bot.close());

  async function answersOf(name: string) {
    return bot.db
      .select({ stage: mockAnswers.stage, overall: mockAnswers.overall, judge: mockAnswers.judge })
      .from(mockAnswers)
      .innerJoin(members, eq(members.id, mockAnswers.memberId))
      .where(eq(members.displayName, name))
      .orderBy(mockAnswers.id);
  }

  it("GIVEN /mock versioning THEN a versioning question, and the next message is judged and stored", async () => {
    const as = "vera";
    const asked = await bot.send("/mock versioning", { as, at: SAT });
    expect(asked).toContain("Mock interview — Versioning");
    expect(asked).toContain("Answer in your next message (you have 30 minutes)");
    const question = askedQuestion(bot.deps.roadmap, asked);
    expect(question.id).toMatch(/^versioning-/);

    const verdict = await bot.send(strongAnswer(question), { as, at: minutesAfter(SAT, 5) });
    expect(verdict).toMatch(/🎯 Score: \d+\/10 \(offline judge\)/);
    // A phone screen's worth: each key point once, one strength, one thing to improve; a concept question
    // is no story, so no STAR parts.
    expect(verdict).not.toContain("STAR");
    expect(verdict).toContain(
      `Key points covered: ${question.keyPoints.length} of ${question.keyPoints.length}`,
    );
    for (const point of question.keyPoints) {
      expect(verdict?.split(point.text.en).length).toBe(2);
    }
    expect(verdict).toMatch(/^💪 .+$/m);
    expect(verdict).toContain("The full breakdown and a stronger outline: /mock details");
    expect(verdict).toContain("Follow-up:");
    expect(verdict?.split("\n").length).toBeLessThanOrEqual(12);

    // The full breakdown, on request: every note, and an outline in the form of an explanation.
    const details = await bot.send("/mock details", { as, at: minutesAfter(SAT, 6) });
    expect(details).toContain("🔎 Your latest answer in full — Versioning:");
    expect(details).not.toContain("Situation");
    expect(details).toContain("Strengths:\n  • You covered every key point.");
    expect(details).toContain("A stronger outline:\n1. Say what it is, in one sentence.");
    expect(await bot.send("/simulado detalhes", { as, at: minutesAfter(SAT, 7), locale: "pt-BR" })).toContain(
      "🔎 A sua última resposta, em detalhes — Versionamento:",
    );
    expect(await bot.send("/mock details", { as: "nobody", at: SAT })).toBe(
      "No judged answer yet. Start one with /mock.",
    );
    const [stored] = await answersOf(as);
    const shown = Number(/Score: (\d+)\/10/.exec(verdict ?? "")?.[1]);
    expect(stored).toEqual({ stage: "question", overall: shown, judge: "offline" });
    expect(shown).toBeGreaterThanOrEqual(8);
  });

  it("GIVEN /mock project THEN a story: its STAR parts on one line, and the evidence for each in the details", async () => {
    const as = "stella";
    const question = askedQuestion(bot.deps.roadmap, await bot.send("/mock project", { as, at: SAT }));
    expect(question.kind).toBe("story");
    const verdict = await bot.send(strongAnswer(question), { as, at: minutesAfter(SAT, 5) });
    expect(verdict).toMatch(/^STAR: Situation [1-4]\/4 · Task \d\/4 · Action \d\/4 · Result 4\/4$/m);
    const details = await bot.send("/mock details", { as, at: minutesAfter(SAT, 6) });
    expect(details).toMatch(/Situation [1-4]\/4 — “/);
    expect(details).toMatch(/Result 4\/4 — “As a result, the F1 went from 0.71 to 0.83/);
    expect(details).toContain("A stronger outline:\n1. Situation");
  });

  it("GIVEN a follow-up THEN its answer is judged too, and then the session is over", async () => {
    const as = "fola";
    const question = askedQuestion(bot.deps.roadmap, await bot.send("/mock monitoring", { as, at: SAT }));
    const verdict = await bot.send(weakAnswer(question), { as, at: SAT });
    expect(verdict).toContain("Follow-up: You didn't mention this:");
    const followUp = await bot.send(strongAnswer(question), { as, at: minutesAfter(SAT, 2) });
    expect(followUp).toMatch(/🎯 Score: \d+\/10/);
    expect(followUp).not.toContain("Follow-up:");
    expect((await answersOf(as)).map((a) => a.stage)).toEqual(["question", "followUp"]);
    expect(await bot.send("Another plain message", { as, at: minutesAfter(SAT, 3) })).toBeNull();
  });

  it("GIVEN /mock skip THEN another question on the same topic; on the follow-up it ends the session", async () => {
    const as = "skipper";
    const first = askedQuestion(bot.deps.roadmap, await bot.send("/mock cicd", { as, at: SAT }));
    const second = askedQuestion(bot.deps.roadmap, await bot.send("/mock skip", { as, at: SAT }));
    expect(second.id).toMatch(/^cicd-/);
    expect(second.id).not.toBe(first.id);
    await bot.send(weakAnswer(second), { as, at: SAT });
    expect(await bot.send("/mock skip", { as, at: SAT })).toBe(
      "Follow-up skipped; the session is over. /mock for another question.",
    );
    expect(await bot.send("/mock skip", { as, at: SAT })).toContain("You have no mock interview open");
    expect(await answersOf(as)).toHaveLength(1);
  });

  it("GIVEN /mock stop THEN the session ends, nothing is recorded, and the next message is not an answer", async () => {
    const as = "stopper";
    await bot.send("/mock motivation", { as, at: SAT });
    expect(await bot.send("/mock stop", { as, at: SAT })).toBe(
      "Mock interview ended; nothing was recorded. Start another with /mock.",
    );
    expect(
      await bot.send("I love automating things with bash scripts on Linux.", { as, at: SAT }),
    ).toBeNull();
    expect(await answersOf(as)).toEqual([]);
    expect(await bot.send("/mock stop", { as, at: SAT })).toContain("no mock interview open");
  });

  it("GIVEN 31 minutes without an answer THEN the question has expired and the late answer is not judged", async () => {
    const as = "late";
    const question = askedQuestion(bot.deps.roadmap, await bot.send("/mock versionamento", { as, at: SAT }));
    expect(await bot.send(strongAnswer(question), { as, at: minutesAfter(SAT, 31) })).toBe(
      "Your mock interview question expired (no answer within 30 minutes), so nothing was recorded. Start again with /mock versioning.",
    );
    expect(await answersOf(as)).toEqual([]);
    expect(await bot.send(strongAnswer(question), { as, at: minutesAfter(SAT, 32) })).toBeNull();
    // At 30 minutes it is still open.
    const again = askedQuestion(bot.deps.roadmap, await bot.send("/mock versioning", { as, at: SAT }));
    expect(await bot.send(strongAnswer(again), { as, at: minutesAfter(SAT, 30) })).toContain("🎯 Score:");
  });

  it("GIVEN a question already open THEN /mock reminds it instead of asking another", async () => {
    const as = "twice";
    const asked = askedQuestion(bot.deps.roadmap, await bot.send("/mock project", { as, at: SAT }));
    const reminder = await bot.send("/mock", { as, at: minutesAfter(SAT, 10) });
    expect(reminder).toContain(`You already have a question open (20 min left): ${asked.text.en}`);
    expect(reminder).toContain("/mock skip or /mock stop");
  });

  it("GIVEN a question already open and another topic asked for THEN it is kept, with how to drop it for that topic", async () => {
    const as = "switch";
    const asked = askedQuestion(bot.deps.roadmap, await bot.send("/mock project", { as, at: SAT }));
    expect(await bot.send("/mock monitoring", { as, at: minutesAfter(SAT, 10) })).toBe(
      `You have a question on Technical project open (20 min left): ${asked.text.en}\nAnswer it in your next message — or, to drop it for a question on Monitoring, send /mock stop and then /mock monitoring.`,
    );
    expect(await bot.send(strongAnswer(asked), { as, at: minutesAfter(SAT, 11) })).toContain("🎯 Score:");
  });

  async function useUpTheLimit(as: string) {
    // The bot's limit is 4 judged answers in any 24 hours.
    for (let i = 0; i < 2; i += 1) {
      const q = askedQuestion(bot.deps.roadmap, await bot.send("/mock monitoring", { as, at: SAT }));
      await bot.send(weakAnswer(q), { as, at: SAT }); // judged, with a follow-up
      await bot.send(strongAnswer(q), { as, at: SAT }); // the follow-up, judged
    }
    expect(await answersOf(as)).toHaveLength(4);
  }

  it("GIVEN the limit THEN no more answers are judged until 24 hours after the first", async () => {
    const as = "eager";
    await useUpTheLimit(as);
    expect(await bot.send("/mock monitoring", { as, at: SAT })).toBe(
      "You've had 4 answers judged in the last 24 hours, the limit. The next one frees up in about 24 h — meanwhile /mock history shows how you're doing.",
    );
    // The next local morning is not enough: the window is 24 hours, not a calendar day.
    expect(await bot.send("/mock monitoring", { as, at: "2026-11-29T13:00:00Z" })).toContain(
      "The next one frees up in about 4 h",
    );
    expect(await bot.send("/mock monitoring", { as, at: minutesAfter(SAT, 24 * 60 - 1) })).toContain(
      "The next one frees up in 1 min",
    );
    expect(await bot.send("/mock monitoring", { as, at: minutesAfter(SAT, 24 * 60) })).toContain(
      "Mock interview — Monitoring",
    );
  });

  it("GIVEN the limit THEN moving /timezone to where it is already tomorrow buys no more answers", async () => {
    const as = "traveller";
    await useUpTheLimit(as);
    // 14:00 on Saturday in São Paulo is 07:00 on Sunday in Kiritimati (UTC+14): a new local date.
    expect(await bot.send("/timezone Pacific/Kiritimati", { as, at: minutesAfter(SAT, 1) })).toContain(
      "Pacific/Kiritimati",
    );
    expect(await bot.send("/mock monitoring", { as, at: minutesAfter(SAT, 2) })).toContain(
      "You've had 4 answers judged in the last 24 hours, the limit.",
    );
    expect(await answersOf(as)).toHaveLength(4);
  });

  it("GIVEN the last answer the limit allows THEN it is judged without a follow-up", async () => {
    const as = "edge"; // the bot's limit is 4 judged answers in any 24 hours
    let q = askedQuestion(bot.deps.roadmap, await bot.send("/mock cicd", { as, at: SAT }));
    expect(await bot.send(strongAnswer(q), { as, at: SAT })).toContain("Follow-up:"); // 1
    await bot.send(strongAnswer(q), { as, at: SAT }); // 2: the follow-up
    q = askedQuestion(bot.deps.roadmap, await bot.send("/mock cicd", { as, at: SAT }));
    expect(await bot.send(strongAnswer(q), { as, at: SAT })).toContain("Follow-up:"); // 3
    await bot.send("/mock skip", { as, at: SAT });
    q = askedQuestion(bot.deps.roadmap, await bot.send("/mock cicd", { as, at: SAT }));
    const last = await bot.send(strongAnswer(q), { as, at: SAT }); // 4: no room left for a follow-up
    expect(last).toContain("🎯 Score:");
    expect(last).not.toContain("Follow-up:");
    expect(await answersOf(as)).toHaveLength(4);
  });

  it("/mock history: latest sessions, the average per topic and its trend, and what to drill next", async () => {
    const as = "historian";
    expect(await bot.send("/mock history", { as, at: SAT })).toBe(
      "No mock interviews yet. Start with /mock project, or /mock to let me pick.",
    );
    const drill = async (topic: string, good: boolean, day: number) => {
      const at = `2026-11-${String(day).padStart(2, "0")}T15:00:00Z`;
      const q = askedQuestion(bot.deps.roadmap, await bot.send(`/mock ${topic}`, { as, at }));
      await bot.send(good ? strongAnswer(q) : weakAnswer(q), { as, at });
      await bot.send("/mock skip", { as, at });
    };
    await drill("versioning", false, 20);
    await drill("versioning", false, 21);
    await drill("versioning", true, 22);
    await drill("versioning", true, 23);
    for (const topic of ["project", "monitoring", "cicd", "motivation"]) await drill(topic, true, 24);
    await drill("monitoring", false, 25);

    const history = await bot.send("/mock history", { as, at: SAT });
    const rows = await answersOf(as);
    const versioning = rows.slice(0, 4).map((r) => r.overall ?? 0);
    const mean = versioning.reduce((a, b) => a + b, 0) / 4;
    expect(history).toContain("📈 Your mock interviews");
    expect(history).toContain(
      `Versioning: average ${Math.round(mean * 10) / 10}/10 over 4 answers, ↗ improving`,
    );
    expect(history).toContain("Monitoring: average");
    expect(history).toMatch(/Monitoring: average [\d.]+\/10 over 2 answers, ↘ slipping/);
    expect(history).toContain("Wed 25 Nov Monitoring:");
    // Five latest sessions, newest first.
    expect(history?.split("\n").filter((l) => /^ {2}(Mon|Tue|Wed|Thu|Fri|Sat|Sun) /.test(l))).toHaveLength(5);
    expect(history).toContain("Drill next: Monitoring — /mock monitoring");
  });

  it("GIVEN /mock alone in week 10 THEN the weakest or least-practised topic is picked", async () => {
    const as = "picky";
    expect(await bot.send("/start 2026-09-21", { as, at: SAT })).toContain("Roadmap week 10 of 12");
    const first = await bot.send("/mock", { as, at: SAT });
    expect(first).toContain("Mock interview — Technical project (your weakest or least-practised topic)");
    await bot.send(strongAnswer(askedQuestion(bot.deps.roadmap, first)), { as, at: SAT });
    await bot.send("/mock skip", { as, at: SAT });
    expect(await bot.send("/mock", { as, at: SAT })).toContain("Mock interview — Versioning (your weakest");
  });

  it("GIVEN a topic practised before THEN the questions asked recently are not asked again", async () => {
    const as = "curious";
    const seen = new Set<string>();
    for (let i = 0; i < 5; i += 1) {
      const q = askedQuestion(bot.deps.roadmap, await bot.send("/mock motivation", { as, at: SAT }));
      seen.add(q.id);
      await bot.send("/mock stop", { as, at: SAT });
    }
    expect(seen.size).toBe(5);
  });

  it("GIVEN a bad topic THEN a friendly reply with the topics and an example; nothing is started", async () => {
    const reply = await bot.send("/mock kubernetes", { as: "typo", at: SAT });
    expect(reply).toBe(
      "“kubernetes” is not an interview topic. Pick one of project, versioning, monitoring, cicd, motivation — e.g. /mock versioning — or just /mock for your weakest topic.",
    );
    expect(await bot.send("some plain text", { as: "typo", at: SAT })).toBeNull();
    expect(await bot.send("/entrevista xyz", { as: "tipo", at: SAT, locale: "pt-BR" })).toContain(
      "ex.: /simulado versionamento",
    );
  });

  it("GIVEN Portuguese THEN /entrevista versionamento asks and judges in Portuguese", async () => {
    const as = "bia";
    const asked = await bot.send("/entrevista versionamento", { as, at: SAT, locale: "pt-BR" });
    expect(asked).toContain("Simulação de entrevista — Versionamento");
    const question = askedQuestion(bot.deps.roadmap, asked);
    expect(asked).toContain(question.text["pt-BR"]);
    const verdict = await bot.send("não sei", { as, at: SAT, locale: "pt-BR" });
    expect(verdict).toContain("🎯 Nota: 0/10 (avaliador offline)");
    expect(verdict).toContain("“Não sei” é um começo honesto");
  });

  it("GIVEN an answer from another chat THEN it is not taken; the same event twice is judged once", async () => {
    const as = "multi";
    const question = askedQuestion(bot.deps.roadmap, await bot.send("/mock cicd", { as, at: SAT }));
    const elsewhere = { id: "other-group", kind: "group", title: "Other" } as const;
    expect(await bot.send(strongAnswer(question), { as, at: SAT, chat: elsewhere })).toBeNull();
    expect(await bot.send(weakAnswer(question), { as, at: SAT, eventId: "answer-1" })).toContain("🎯 Score:");
    expect(await bot.send(weakAnswer(question), { as, at: SAT, eventId: "answer-1" })).toBe(
      "That answer was already counted.",
    );
    expect(await answersOf(as)).toHaveLength(1);
  });

  it("GIVEN an answer too long THEN it is refused with an example, and the question stays open", async () => {
    const as = "verbose";
    const question = askedQuestion(bot.deps.roadmap, await bot.send("/mock project", { as, at: SAT }));
    const reply = await bot.send("word ".repeat(1000), { as, at: SAT });
    expect(reply).toContain("That answer has 4999 characters; I judge at most 4000");
    expect(reply).toContain("e.g. situation, task, action and result");
    expect(await answersOf(as)).toEqual([]);
    expect(await bot.send(strongAnswer(question), { as, at: SAT })).toContain("🎯 Score:");
  });

  it("GIVEN plain text from someone never seen THEN no reply and no member is created", async () => {
    const before = await bot.db.select({ n: count() }).from(members);
    expect(await bot.send("hello, is anyone here?", { as: "stranger", at: SAT })).toBeNull();
    const after = await bot.db.select({ n: count() }).from(members);
    expect(after[0]?.n).toBe(before[0]?.n);
  });

  it("/help lists /mock", async () => {
    expect(await bot.send("/help", { at: SAT })).toContain("/mock [topic|stop|skip|history|details]");
  });

  it("/help lists /export and /forget", async () => {
    const help = await bot.send("/help", { at: SAT });
    expect(help).toContain("/export");
    expect(help).toContain("/forget");
  });

  it("the database holds at most one open session per member", async () => {
    const [row] = await bot.db.select({ memberId: mockSessions.memberId }).from(mockSessions).limit(1);
    if (row === undefined) throw new Error("no session");
    const values = {
      memberId: row.memberId,
      platform: "console",
      chatId: "c",
      topicId: "cicd",
      questionId: "cicd-1",
      startedAt: new Date(SAT),
      askedAt: new Date(SAT),
    };
    await bot.db
      .update(mockSessions)
      .set({ endedAt: new Date(SAT) })
      .where(eq(mockSessions.memberId, row.memberId));
    await bot.db.insert(mockSessions).values(values);
    await expect(bot.db.insert(mockSessions).values(values)).rejects.toThrow();
  });
});
