// What a reply tells platforms with forms: a question is open and awaits its answer.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { currentQuestion } from "../../../src/core/mock/currentQuestion.js";
import { botBackends, type PortBot } from "../../support/memoryBot.js";
import { askedQuestion, strongAnswer, weakAnswer } from "../../support/mock.js";

// Saturday 2026-11-28, 14:00 in São Paulo.
const SAT = "2026-11-28T17:00:00Z";
const minutesAfter = (minutes: number) => new Date(new Date(SAT).getTime() + minutes * 60_000);
const CHAT = "study-group";

describe.each(botBackends)("open mock questions on $name", (backend) => {
  let bot: PortBot;
  beforeAll(async () => {
    bot = await backend.open({ mockDailyLimit: 2 });
  });
  afterAll(() => bot.close());

  const current = async (as: string, at: Date | string, chatId = CHAT) =>
    (
      await currentQuestion(
        bot.deps,
        { identity: { platform: "console", platformUserId: as }, chatId },
        new Date(at),
      )
    ).reply;

  it("GIVEN /mock THEN the question awaits an answer; the verdict's follow-up does too, and the last verdict not", async () => {
    const as = "ana";
    const asked = await bot.reply("/mock versioning", { as, at: SAT });
    // The text is unchanged for chats that take the next message as the answer.
    expect(asked?.text).toContain("Answer in your next message (you have 30 minutes)");
    const question = askedQuestion(bot.deps.roadmap, asked?.text ?? null);
    const form = asked?.awaitingAnswer?.question;
    expect(form).toContain("🎤 Mock interview — Versioning");
    expect(form).toContain(question.text.en);
    expect(form).toContain("Tip:");
    expect(form).not.toContain("next message");

    // Asking again while it is open offers the same question.
    expect((await bot.reply("/mock", { as, at: SAT }))?.awaitingAnswer?.question).toBe(question.text.en);
    expect((await current(as, SAT)).awaitingAnswer?.question).toBe(question.text.en);

    const verdict = await bot.reply(weakAnswer(question), { as, at: minutesAfter(2) });
    const followUp = verdict?.awaitingAnswer?.question ?? "";
    expect(followUp).toMatch(/^You didn't mention this:/);
    expect(verdict?.text).toContain(`Follow-up: ${followUp}`);
    expect((await current(as, minutesAfter(3))).awaitingAnswer?.question).toBe(followUp);
    // Only the chat the session started in takes the answer.
    expect((await current(as, minutesAfter(3), "another-chat")).awaitingAnswer).toBeUndefined();

    const last = await bot.reply(strongAnswer(question), { as, at: minutesAfter(4) });
    expect(last?.text).toMatch(/🎯 Score: \d+\/10/);
    expect(last?.awaitingAnswer).toBeUndefined();
    const closed = await current(as, minutesAfter(5));
    expect(closed).toEqual({
      text: "That question is no longer open — it was answered, skipped or stopped. /mock for another one.",
    });
  });

  it("GIVEN what /mock says besides a question THEN nothing awaits an answer", async () => {
    const as = "bia";
    for (const text of ["/mock astrology", "/mock history", "/mock stop", "/mock skip"]) {
      const reply = await bot.reply(text, { as, at: SAT });
      expect(reply?.awaitingAnswer, text).toBeUndefined();
    }
  });

  it("GIVEN the daily limit THEN /mock asks nothing, and the last judged answer opens no follow-up", async () => {
    const as = "caio"; // the bot's limit is 2 judged answers a day
    const first = askedQuestion(bot.deps.roadmap, await bot.send("/mock cicd", { as, at: SAT }));
    expect((await bot.reply(weakAnswer(first), { as, at: SAT }))?.awaitingAnswer).toBeDefined();
    expect((await bot.reply(weakAnswer(first), { as, at: SAT }))?.awaitingAnswer).toBeUndefined();
    const refused = await bot.reply("/mock cicd", { as, at: SAT });
    expect(refused?.text).toContain("judged in the last 24 hours, the limit");
    expect(refused?.awaitingAnswer).toBeUndefined();
  });

  it("GIVEN 31 minutes without an answer THEN the open question is reported expired, not asked", async () => {
    const as = "dani";
    await bot.send("/mock monitoring", { as, at: SAT });
    const late = await current(as, minutesAfter(31));
    expect(late.awaitingAnswer).toBeUndefined();
    expect(late.text).toContain("expired");
  });

  it("GIVEN someone never seen THEN nothing is open, and no member is created", async () => {
    expect((await current("stranger", SAT)).awaitingAnswer).toBeUndefined();
    expect(await bot.deps.mock.openSessionOf({ platform: "console", platformUserId: "stranger" })).toBeNull();
  });
});
