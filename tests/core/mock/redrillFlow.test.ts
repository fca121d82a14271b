// A weak answer comes back as a re-drill two days later, said so when asked, and named in Monday's plan.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBot, type TestBot } from "../../support/bot.js";
import { testDatabases } from "../../support/databases.js";
import { askedQuestion, weakAnswer } from "../../support/mock.js";
import { recordingSender, schedulerFor, tickAt } from "../../support/scheduler.js";

// Thursday 3 December 2026, noon in São Paulo; rita is in week 11 of 12.
const THU = "2026-12-03T15:00:00Z";
const FRI = "2026-12-04T15:00:00Z";
const SAT = "2026-12-05T15:00:00Z";

describe.each(testDatabases)("re-drills on $name", (database) => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await openBot(database);
  });
  afterAll(() => bot.close());

  it("GIVEN a weak answer on Thursday THEN the same question returns on Saturday, said so, and Monday's plan names it", async () => {
    const as = "rita";
    await bot.send("/start 2026-09-21", { as, at: THU });
    const question = askedQuestion(bot.deps.roadmap, await bot.send("/mock monitoring", { as, at: THU }));
    const verdict = await bot.send(weakAnswer(question), { as, at: THU });
    const score = Number(/(\d+)\/10/.exec(verdict ?? "")?.[1]);
    expect(score).toBeLessThanOrEqual(5);
    // The follow-up was asked; stopping there keeps the verdict.
    expect(await bot.send("/mock stop", { as, at: THU })).toBe(
      "Mock interview ended. Your verdict on the question stays in /mock history; the follow-up was left unanswered, and that is fine. Start another with /mock.",
    );

    // Friday: not due yet.
    const friday = await bot.send("/mock monitoring", { as, at: FRI });
    expect(friday).not.toContain("re-drill");
    expect(askedQuestion(bot.deps.roadmap, friday).id).not.toBe(question.id);
    await bot.send("/mock stop", { as, at: FRI });

    // Saturday: asking for another topic asks that topic; asking for none brings the weak one back.
    expect(askedQuestion(bot.deps.roadmap, await bot.send("/mock cicd", { as, at: SAT })).id).toMatch(
      /^cicd-/,
    );
    await bot.send("/mock stop", { as, at: SAT });
    const back = await bot.send("/mock", { as, at: SAT });
    expect(back).toContain(`🎤 Mock interview — Monitoring (re-drill: you scored ${score}/10 on Thu 3 Dec)`);
    expect(askedQuestion(bot.deps.roadmap, back).id).toBe(question.id);
    await bot.send("/mock stop", { as, at: SAT });
    expect(await bot.send("/simulado", { as, at: SAT, locale: "pt-BR" })).toContain(
      `(revisão: você tirou ${score}/10 em `,
    );
    await bot.send("/simulado parar", { as, at: SAT, locale: "pt-BR" });

    // Not answered again yet: Monday's plan points at it.
    await bot.send("/language en", { as, at: SAT });
    await bot.send("/checkin 1h", { as, at: SAT });
    const sender = recordingSender();
    await tickAt(schedulerFor(bot, sender), "2026-12-07T12:00:00Z");
    const plan = sender.delivered.map((d) => d.message.text).find((text) => text.startsWith("🗓️")) ?? "";
    expect(plan).toContain(
      `🔁 Re-drill this week: ${question.id} (Monitoring), ${score}/10 on Thu 3 Dec — /mock monitoring brings it back.`,
    );
  });
});
