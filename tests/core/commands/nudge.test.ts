// /nudge through the core and the scheduler: one DM per pair a day, held by quiet hours, refused to someone
// who turned nudges off, and a friendly example for every bad input (nothing is sent then).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IncomingMessage } from "../../../src/core/commands/context.js";
import type { SchedulerDeps } from "../../../src/scheduler/types.js";
import { botBackends, type PortBot } from "../../support/memoryBot.js";
import { type RecordingSender, recordingSender, schedulerOver, tickAt } from "../../support/scheduler.js";

/** Saturday 28 November 2026, 12:00 in São Paulo (the default zone). */
const NOON = "2026-11-28T15:00:00Z";
const DM = (id: string): IncomingMessage["chat"] => ({ id: `dm-${id}`, kind: "private" });

describe.each(botBackends)("/nudge on $name", (backend) => {
  let bot: PortBot;
  let sender: RecordingSender;
  let scheduler: SchedulerDeps;
  beforeAll(async () => {
    bot = await backend.open();
    sender = recordingSender();
    scheduler = schedulerOver(bot.deps, [sender]);
  });
  afterAll(() => bot.close());

  const nudgesTo = (who: string) =>
    sender.delivered
      .filter((d) => d.to === who && /nudge|cutucada/.test(d.message.text))
      .map((d) => d.message.text);
  const group = (id: string): IncomingMessage["chat"] => ({ id, kind: "group", title: "Study group" });

  it("GIVEN Ana nudges Bia THEN Bia gets one DM naming Ana and saying how to turn it off, once that day", async () => {
    const chat = group("g-once");
    await bot.send("/join", { as: "bia", at: NOON, chat });
    expect(await bot.send("/nudge bia", { as: "ana", at: NOON, chat })).toContain("Nudge on its way: bia");
    await tickAt(scheduler, "2026-11-28T15:01:00Z");
    expect(nudgesTo("bia")).toEqual([expect.stringContaining("ana gave you a nudge")]);
    expect(nudgesTo("bia")[0]).toContain("/nudge off");

    expect(await bot.send("/nudge @bia", { as: "ana", at: "2026-11-28T20:00:00Z", chat })).toContain(
      "You already nudged bia today",
    );
    await tickAt(scheduler, "2026-11-28T20:01:00Z");
    expect(nudgesTo("bia")).toHaveLength(1);

    // The next day in Ana's zone, a new nudge.
    expect(await bot.send("/nudge bia", { as: "ana", at: "2026-11-29T15:00:00Z", chat })).toContain(
      "on its way",
    );
    await tickAt(scheduler, "2026-11-29T15:01:00Z");
    expect(nudgesTo("bia")).toHaveLength(2);
  });

  it("GIVEN Caio's quiet hours THEN the nudge waits for them to end, and Ana is told it will arrive later", async () => {
    const chat = group("g-quiet");
    await bot.send("/quiet 22:00-07:00", { as: "caio", at: NOON, chat: DM("caio") });
    await bot.send("/join", { as: "caio", at: NOON, chat });
    // 23:30 in São Paulo.
    expect(await bot.send("/nudge caio", { as: "ana", at: "2026-11-29T02:30:00Z", chat })).toContain(
      "quiet hours",
    );
    await tickAt(scheduler, "2026-11-29T02:31:00Z");
    await tickAt(scheduler, "2026-11-29T09:59:00Z");
    expect(nudgesTo("caio")).toEqual([]);
    // 07:00 in São Paulo.
    await tickAt(scheduler, "2026-11-29T10:00:00Z");
    expect(nudgesTo("caio")).toEqual([expect.stringContaining("ana gave you a nudge")]);
  });

  it("GIVEN Duda turned nudges off THEN nobody can nudge her, until she turns them on again", async () => {
    const chat = group("g-off");
    expect(await bot.send("/nudge off", { as: "duda", at: NOON, chat })).toContain("Nudges are off");
    expect(await bot.send("/nudge duda", { as: "ana", at: NOON, chat })).toContain("duda turned nudges off");
    await tickAt(scheduler, "2026-11-28T15:01:00Z");
    expect(nudgesTo("duda")).toEqual([]);

    expect(await bot.send("/cutucar ligar", { as: "duda", at: NOON, chat, locale: "pt-BR" })).toContain(
      "Cutucadas ligadas",
    );
    expect(await bot.send("/nudge duda", { as: "ana", at: NOON, chat })).toContain("on its way");
    await tickAt(scheduler, "2026-11-28T15:02:00Z");
    expect(nudgesTo("duda")).toHaveLength(1);
  });

  it("GIVEN Gabi on a pause THEN she is not nudged, and Ana is told why", async () => {
    const chat = group("g-paused");
    await bot.send("/join", { as: "gabi", at: NOON, chat });
    await bot.send("/pause 3", { as: "gabi", at: NOON, chat: DM("gabi") });
    expect(await bot.send("/nudge gabi", { as: "ana", at: NOON, chat })).toContain(
      "gabi is taking a break from study right now",
    );
    await tickAt(scheduler, "2026-11-28T15:07:00Z");
    expect(nudgesTo("gabi")).toEqual([]);
  });

  it("GIVEN bad inputs THEN each gets a friendly reply with an example, and nothing is sent", async () => {
    const chat = group("g-bad");
    await bot.send("/join", { as: "edu", at: NOON, chat });
    const before = sender.delivered.length;
    expect(await bot.send("/nudge", { as: "ana", at: NOON, chat })).toContain(
      "Who should I nudge? Name them, e.g. /nudge @ana",
    );
    expect(await bot.send("/nudge ana", { as: "ana", at: NOON, chat })).toContain("You can't nudge yourself");
    expect(await bot.send("/nudge zé", { as: "ana", at: NOON, chat })).toContain(
      "I don't know “zé” in this group",
    );
    // Bia is in another group, not this one.
    expect(await bot.send("/nudge bia", { as: "ana", at: NOON, chat })).toContain("I don't know “bia”");
    expect(await bot.send(`/nudge ${"x".repeat(80)}`, { as: "ana", at: NOON, chat })).toContain(
      "That name is too long",
    );
    expect(await bot.send("/nudge edu", { as: "ana", at: NOON, chat: DM("ana") })).toContain(
      "Nudges are sent from a group",
    );
    expect(await bot.send("/cutucar", { as: "ana", at: NOON, chat, locale: "pt-BR" })).toContain(
      "Quem eu cutuco? Diz o nome, ex.: /cutucar @ana",
    );
    await tickAt(scheduler, "2026-11-28T15:05:00Z");
    expect(sender.delivered.length).toBe(before);
  });

  it("GIVEN a Portuguese speaker nudged THEN the DM is in natural Portuguese", async () => {
    const chat = group("g-pt");
    await bot.send("/join", { as: "fabi", at: NOON, chat, locale: "pt-BR" });
    expect(await bot.send("/cutucar fabi", { as: "ana", at: NOON, chat, locale: "pt-BR" })).toContain(
      "Cutucada a caminho",
    );
    await tickAt(scheduler, "2026-11-28T15:06:00Z");
    const dm = sender.delivered.find((d) => d.to === "fabi")?.message.text;
    expect(dm).toContain("ana te deu uma cutucada: bora estudar hoje?");
    expect(dm).toContain("/cutucar desligar");
  });
});
