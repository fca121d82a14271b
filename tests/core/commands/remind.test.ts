import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { botBackends, type PortBot } from "../../support/memoryBot.js";

const AT = "2026-11-28T15:00:00Z";

describe.each(botBackends)("/remind off and on again, on $name", (backend) => {
  let bot: PortBot;
  beforeAll(async () => {
    bot = await backend.open();
  });
  afterAll(() => bot.close());

  it.each(["off", "none", "OFF"])(
    "GIVEN /remind %s THEN the daily nudge is off until a time is sent",
    async (word) => {
      const as = `en-${word}`;
      await bot.send("/start", { as, at: AT });
      expect(await bot.send(`/remind ${word}`, { as, at: AT })).toBe(
        "🔕 Daily nudges are off, and the Monday plan with them. To have them back, send a time, e.g. /remind 09:00.",
      );
      expect(await bot.send("/remind", { as, at: AT })).toBe(
        "Your daily nudge is off. To turn it back on, send a time, e.g. /remind 09:00.",
      );
      expect(await bot.send("/remind 19:00", { as, at: AT })).toBe(
        "⏰ Daily nudges at 19:00 (America/Sao_Paulo) from now on.",
      );
      expect(await bot.send("/remind", { as, at: AT })).toBe(
        "Your daily nudge comes at 19:00 (America/Sao_Paulo). Change it with e.g. /remind 07:30, or stop it with /remind off.",
      );
    },
  );

  it.each(["desligar", "nenhum", "Desligar"])(
    "GIVEN /lembrete %s THEN desligado em português",
    async (word) => {
      const as = `pt-${word}`;
      const pt = { as, at: AT, locale: "pt-BR" } as const;
      await bot.send("/start", pt);
      expect(await bot.send(`/lembrete ${word}`, pt)).toBe(
        "🔕 Lembrete diário desligado (o plano de segunda-feira também). Para voltar a receber, mande um horário, ex.: /lembrete 09:00.",
      );
      expect(await bot.send("/lembrete", pt)).toBe(
        "O seu lembrete diário está desligado. Para religar, mande um horário, ex.: /lembrete 09:00.",
      );
      expect(await bot.send("/lembrete 19:00", pt)).toBe(
        "⏰ Lembretes diários às 19:00 (America/Sao_Paulo) a partir de agora.",
      );
    },
  );

  it("GIVEN /remind done off and on THEN the choice for days already logged is said, kept and shown", async () => {
    const as = "done-choice";
    await bot.send("/start", { as, at: AT });
    expect(await bot.send("/remind done", { as, at: AT })).toBe(
      "On a day you've already logged, the daily nudge still comes, with what's done and the next task. To skip it on those days: /remind done off.",
    );
    await bot.send("/remind done off", { as, at: AT });
    expect(await bot.send("/remind done", { as, at: AT })).toBe(
      "On a day you've already logged, there's no daily nudge. To have it back: /remind done on.",
    );
    const pt = { as, at: AT, locale: "pt-BR" } as const;
    expect(await bot.send("/lembrete feito ligar", pt)).toBe(
      "👍 O lembrete diário volta a chegar todo dia — depois do registro, com o que já foi feito e a próxima tarefa.",
    );
    // The time of the nudge is another setting: it stays.
    expect(await bot.send("/remind", { as, at: AT })).toContain("Your daily nudge comes at 09:00");
    expect(await bot.send("/lembrete feito talvez", pt)).toBe(
      "Não entendi “feito talvez”. Mande /lembrete feito desligar para pular o lembrete nos dias em que você já registrou, ou /lembrete feito ligar para receber todo dia.",
    );
  });

  it("GIVEN something that is neither a time nor off THEN both are offered", async () => {
    expect(await bot.send("/remind later", { as: "typo", at: AT })).toBe(
      "“later” is not a time of day. Use 24-hour HH:MM, e.g. /remind 07:30 — or /remind off to stop the daily nudge.",
    );
    expect(await bot.send("/lembrete depois", { as: "typo", at: AT, locale: "pt-BR" })).toBe(
      "“depois” não é um horário. Use HH:MM de 24 horas, ex.: /lembrete 07:30 — ou /lembrete desligar para parar o lembrete diário.",
    );
  });

  it("GIVEN the nudge off THEN a change of timezone keeps it off", async () => {
    await bot.send("/start", { as: "mover", at: AT });
    await bot.send("/remind off", { as: "mover", at: AT });
    await bot.send("/timezone Europe/Lisbon", { as: "mover", at: AT });
    expect(await bot.send("/remind", { as: "mover", at: AT })).toContain("Your daily nudge is off.");
  });
});
