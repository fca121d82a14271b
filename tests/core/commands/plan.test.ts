// /plan: study blocks and an if-then line, kept and shown with the Monday plan.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBot, type TestBot } from "../../support/bot.js";
import { testDatabases } from "../../support/databases.js";
import { recordingSender, schedulerFor, tickAt } from "../../support/scheduler.js";

const WED = "2026-12-02T15:00:00Z";

describe.each(testDatabases)("/plan on $name", (database) => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await openBot(database);
  });
  afterAll(() => bot.close());

  it("GIVEN no plan THEN /plan says why one helps and how to write it", async () => {
    expect(await bot.send("/plano", { as: "ana", at: WED, locale: "pt-BR" })).toContain(
      "Você ainda não tem um plano de estudo. Dizer quando vai estudar aumenta muito a chance de acontecer — ex.: /plano seg qua sex 19:00-21:00; sáb 09:00-12:00",
    );
  });

  it("GIVEN blocks and an if-then line THEN saved, shown against the goal, and cleared with off", async () => {
    const as = "caio";
    expect(await bot.send("/plan mon wed fri 7pm-9pm; sat 9am-12pm", { as, at: WED })).toBe(
      [
        "🗓️ Plan saved: Mon, Wed, Fri 19:00–21:00 · Sat 09:00–12:00 — 9h a week (your goal: 20h).",
        "Add what you'll do when it goes wrong: /plan if I get home tired then 20 minutes of flashcards",
      ].join("\n"),
    );
    expect(
      await bot.send("/plan if work runs late then 20 minutes of flashcards on the bus", { as, at: WED }),
    ).toBe("✅ Noted: if work runs late, then 20 minutes of flashcards on the bus.");
    expect(await bot.send("/plano", { as, at: WED, locale: "pt-BR" })).toBe(
      [
        "🗓️ O seu plano: seg, qua, sex 19:00–21:00 · sáb 09:00–12:00 — 9h por semana (a sua meta: 20h)",
        "Se work runs late, então 20 minutes of flashcards on the bus.",
        "Para mudar, ex.: /plano seg qua sex 19:00-21:00; sáb 09:00-12:00, ou /plano desligar.",
      ].join("\n"),
    );
    expect(await bot.send("/plan off", { as, at: WED })).toBe("🗓️ Plan cleared.");
    expect(await bot.send("/plan", { as, at: WED })).toContain("You have no study plan yet.");
  });

  it("GIVEN what is not a plan THEN a friendly refusal with an example, and nothing changes", async () => {
    const as = "bia";
    await bot.send("/plan tue thu 19:00-21:00", { as, at: WED });
    expect(await bot.send("/plan 19:00-21:00", { as, at: WED })).toBe(
      "“19:00-21:00” names no day of the week. For example: /plan mon wed fri 19:00-21:00; sat 09:00-12:00",
    );
    expect(await bot.send("/plano seg 21h-19h", { as, at: WED, locale: "pt-BR" })).toContain(
      "não é um intervalo de horário que começa antes de terminar no mesmo dia",
    );
    expect(await bot.send("/plan", { as, at: WED })).toContain("Tue, Thu 19:00–21:00");
  });

  it("GIVEN /plan shown, saved or cleared THEN the reply carries the plan in its text form, in the member's language, to prefill a form", async () => {
    const as = "fabi";
    const pt = { as, at: WED, locale: "pt-BR" as const };
    expect((await bot.reply("/plano", pt))?.planForm).toEqual({
      blocks: "",
      obstacle: "",
      fallback: "",
      locale: "pt-BR",
    });
    expect((await bot.reply("/plano seg a qua 19h-21h; sáb 9h-12h", pt))?.planForm).toMatchObject({
      blocks: "seg ter qua 19:00-21:00; sáb 09:00-12:00",
    });
    expect((await bot.reply("/plano se chover então estudo em casa", pt))?.planForm).toEqual({
      blocks: "seg ter qua 19:00-21:00; sáb 09:00-12:00",
      obstacle: "chover",
      fallback: "estudo em casa",
      locale: "pt-BR",
    });
    expect((await bot.reply("/plan", { as, at: WED, locale: "en" }))?.planForm?.blocks).toBe(
      "mon tue wed 19:00-21:00; sat 09:00-12:00",
    );
    expect((await bot.reply("/plano desligar", pt))?.planForm?.blocks).toBe("");
    expect((await bot.reply("/plano 19:00-21:00", pt))?.planForm).toBeUndefined();
  });

  it("GIVEN Monday's plan THEN it shows the member's plan, or asks for one", async () => {
    const sender = recordingSender();
    await bot.send("/start 2026-11-30", { as: "dora", at: WED });
    await bot.send("/start 2026-11-30", { as: "eva", at: WED });
    await bot.send("/plan mon wed 19:00-21:00", { as: "dora", at: WED });
    for (const as of ["dora", "eva"]) await bot.send("/checkin 1h", { as, at: "2026-12-06T15:00:00Z" });
    await tickAt(schedulerFor(bot, sender), "2026-12-07T12:00:00Z"); // Monday 09:00
    const planOf = (to: string) =>
      sender.delivered.find((d) => d.to === to && d.message.text.startsWith("🗓️"))?.message.text;
    expect(planOf("dora")).toContain("🗓️ Your plan: Mon, Wed 19:00–21:00 — 4h a week (your goal: 20h)");
    expect(planOf("eva")).toContain(
      "When will you study this week? Name it and it gets far likelier to happen: /plan",
    );
  });
});
