// /squad: create, join, leave and show, with their limits and bad inputs, and the squad streak through the
// bot — on memory and on each database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "../../../src/core/time/dates.js";
import { type BotBackend, botBackends, type PortBot } from "../../support/memoryBot.js";

/** Noon in São Paulo on a local day. */
const noon = (day: string) => `${day}T15:00:00Z`;
const AT = noon("2026-12-10");

describe.each(botBackends)("/squad on $name", (backend: BotBackend) => {
  let bot: PortBot;
  beforeAll(async () => {
    bot = await backend.open();
  });
  afterAll(() => bot.close());

  const inGroup = (id: string) => ({ chat: { id, kind: "group" as const, title: id }, at: AT });

  it("GIVEN a squad created and joined THEN /squad shows its members, who is done today, and its streak", async () => {
    const where = inGroup("show-group");
    expect(await bot.send("/squad create Foco", { as: "ana", ...where })).toBe(
      "👥 Squad Foco is created, with you in it. Up to 4 friends here can join with /squad join Foco; the squad streak starts the first day you all check in.",
    );
    expect(await bot.send("/squad", { as: "ana", ...where })).toContain(
      "A squad needs a second member: ask a friend here to send /squad join Foco.",
    );
    expect(await bot.send("/equipe entrar foco", { as: "caio", ...where, locale: "pt-BR" })).toBe(
      "👥 Você entrou na equipe Foco: ana e caio (2 de 5). Um dia conta para a equipe quando todo mundo faz check-in; /equipe mostra quem já estudou.",
    );
    await bot.send("/checkin 1h", { as: "ana", ...where });
    expect(await bot.send("/squad", { as: "caio", ...where })).toBe(
      [
        "👥 Squad Foco: no squad streak yet — it starts the first day you all check in.",
        "✅ ana — done today",
        "⏳ caio",
        "Room for 3 more: /squad join Foco.",
        "A day counts when everyone checks in (a rest day, a pause or a freeze counts too). Nobody loses anything for another's miss.",
      ].join("\n"),
    );
    await bot.send("/checkin 30m", { as: "caio", ...where });
    expect(await bot.send("/squad", { as: "ana", ...where })).toContain("👥 Squad Foco: 1 day together.");
  });

  it("GIVEN a full squad, a taken name or a second squad THEN each is refused with the way out", async () => {
    const where = inGroup("limits-group");
    await bot.send("/squad create Cinco", { as: "m1", ...where });
    for (const as of ["m2", "m3", "m4", "m5"]) await bot.send("/squad join Cinco", { as, ...where });
    expect(await bot.send("/squad join cinco", { as: "m6", ...where })).toBe(
      "Squad Cinco already has 5 members, the most a squad can have. Start another with /squad create Focus 2.",
    );
    expect(await bot.send("/squad create CINCO", { as: "m6", ...where })).toBe(
      "There is already a squad called “Cinco” in this group. Join it with /squad join Cinco, or pick another name, e.g. /squad create Focus 2.",
    );
    expect(await bot.send("/squad create Outra", { as: "m1", ...where })).toBe(
      "You're already in squad Cinco here (one squad per group). To change, first /squad leave.",
    );
    expect(await bot.send("/squad join Nada", { as: "m6", ...where })).toBe(
      "There is no squad called “Nada” in this group. Check the spelling, or create it with /squad create Nada.",
    );
    // The same name is free in another group.
    expect(await bot.send("/squad create Cinco", { as: "m1", ...inGroup("other-group") })).toContain(
      "Squad Cinco is created",
    );
  });

  it("GIVEN bad inputs THEN a friendly reply with the right form, and nothing is recorded", async () => {
    const where = inGroup("bad-group");
    expect(await bot.send("/squad create", { as: "ana", ...where })).toBe(
      "Give the squad's name, e.g. /squad create Focus.",
    );
    expect(await bot.send("/equipe entrar", { as: "ana", ...where, locale: "pt-BR" })).toBe(
      "Diga o nome da equipe, ex.: /equipe entrar Foco.",
    );
    expect(await bot.send("/squad create A", { as: "ana", ...where })).toBe(
      "“A” doesn't fit as a squad name: use 2 to 24 characters, e.g. /squad create Focus.",
    );
    expect(await bot.send(`/squad create ${"x".repeat(30)}`, { as: "ana", ...where })).toContain(
      "doesn't fit as a squad name: use 2 to 24 characters",
    );
    expect(await bot.send("/squad dance", { as: "ana", ...where })).toBe(
      "I didn't get “dance”. Write /squad create Focus, /squad join Focus, /squad leave, or just /squad to see your squad.",
    );
    expect(await bot.send("/squad leave", { as: "ana", ...where })).toBe(
      "You're not in a squad in this group, so there is nothing to leave. Join one with /squad join Focus.",
    );
    expect(await bot.send("/squad", { as: "ana", ...where })).toBe(
      "You're not in a squad in this group yet. Start one with /squad create Focus, or join a friend's with /squad join Focus (2 to 5 members).",
    );
    expect(
      await bot.send("/equipe criar Foco", {
        as: "ana",
        chat: { id: "ana", kind: "private" },
        at: AT,
        locale: "pt-BR",
      }),
    ).toBe(
      "Equipes são de um grupo: mande /equipe no chat do seu grupo de estudos, ex.: /equipe entrar Foco.",
    );
  });

  it("GIVEN the last member leaves THEN the squad goes away and its name is free", async () => {
    const where = inGroup("leave-group");
    await bot.send("/squad create Dupla", { as: "ana", ...where });
    await bot.send("/squad join Dupla", { as: "caio", ...where });
    expect(await bot.send("/equipe sair", { as: "ana", ...where, locale: "pt-BR" })).toBe(
      "Você saiu da equipe Dupla. A sua sequência continua intacta; entre em outra com /equipe entrar Foco.",
    );
    expect(await bot.send("/squad leave", { as: "caio", ...where })).toBe(
      "You left squad Dupla. Nobody was left in it, so it's gone. Your own streak is untouched.",
    );
    expect(await bot.send("/squad join Dupla", { as: "bia", ...where })).toContain(
      "There is no squad called",
    );
  });

  it("GIVEN a member's pause and another's freeze THEN the squad streak goes on, and nobody's own streak changes", async () => {
    const where = { chat: { id: "streak-group", kind: "group" as const, title: "Streak group" } };
    await bot.send("/squad create Firmes", { as: "lia", ...where, at: noon("2026-11-27") });
    await bot.send("/squad join Firmes", { as: "rui", ...where, at: noon("2026-11-27") });
    for (let i = 0; i < 14; i += 1) {
      const day = addDays("2026-11-27", i);
      await bot.send("/checkin 1h", { as: "lia", ...where, at: noon(day) });
      // Rui misses 4 December (his freeze, earned by 7 days, covers it).
      if (day !== "2026-12-04") await bot.send("/checkin 1h", { as: "rui", ...where, at: noon(day) });
    }
    // Lia pauses for two days; Rui keeps going.
    await bot.send("/pause 2026-12-12", { as: "lia", ...where, at: noon("2026-12-11") });
    for (const day of ["2026-12-11", "2026-12-12", "2026-12-13"]) {
      await bot.send("/checkin 1h", { as: "rui", ...where, at: noon(day) });
    }
    await bot.send("/resume", { as: "lia", ...where, at: noon("2026-12-13") });
    await bot.send("/checkin 1h", { as: "lia", ...where, at: noon("2026-12-13") });
    const shown = await bot.send("/squad", { as: "lia", ...where, at: noon("2026-12-13") });
    expect(shown).toContain("👥 Squad Firmes: 17 days together.");
    const rui = await bot.send("/progress", { as: "rui", ...where, at: noon("2026-12-13") });
    expect(rui).toContain("🔥 Streak: 16 days");
    expect(rui).toContain("👥 Squad Firmes: 17 days together.");
    const lia = await bot.send("/progresso", {
      as: "lia",
      ...where,
      at: noon("2026-12-13"),
      locale: "pt-BR",
    });
    expect(lia).toContain("👥 Equipe Firmes: 17 dias juntos.");
  });
});
