// /setup's choice of public check-in confirmations, and the check-in reply that carries it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Capabilities, IncomingMessage } from "../../../src/core/commands/context.js";
import { botBackends, type PortBot } from "../../support/memoryBot.js";

/** A platform with private replies in groups, as Discord has. */
const SERVER: Capabilities = { privateReplies: true, forms: false };

const AT = "2026-11-28T15:00:00Z";
/** A server where personal replies can be private (Discord). */
const server = (id: string): IncomingMessage["chat"] => ({
  id,
  kind: "group",
  title: "Study group",
});
const DM: IncomingMessage["chat"] = { id: "dm-ana", kind: "private" };

describe.each(botBackends)("public check-ins on $name", (backend) => {
  let bot: PortBot;
  beforeAll(async () => {
    bot = await backend.open();
  });
  afterAll(() => bot.close());

  it("GIVEN no choice THEN check-in confirmations stay private", async () => {
    const reply = await bot.reply("/checkin 2h", {
      at: AT,
      chat: server("quiet-server"),
      capabilities: SERVER,
    });
    expect(reply?.text).toContain("Logged 2h");
    expect(reply?.audience).toBeUndefined();
    expect(
      await bot.send("/setup sunday", {
        as: "admin",
        at: AT,
        admin: true,
        chat: server("quiet-server"),
        capabilities: SERVER,
      }),
    ).toContain("Check-in confirmations are private: only the member who checks in sees them.");
  });

  it("GIVEN /setup public THEN confirmations there are for the group, and a later /setup keeps the choice", async () => {
    const chat = server("open-server");
    const done = await bot.send("/setup public", {
      as: "admin",
      at: AT,
      admin: true,
      chat,
      capabilities: SERVER,
    });
    expect(done).toContain("every Sunday at 20:00");
    expect(done).toContain("Check-in confirmations are public: everyone here sees them.");

    const confirmed = await bot.reply("/checkin 1h30 pandas", {
      as: "bia",
      at: AT,
      chat,
      capabilities: SERVER,
    });
    expect(confirmed).toMatchObject({ audience: "group", text: expect.stringContaining("Logged 1h30") });
    expect(confirmed?.text).toContain("This week:");
    // Off the board, the group sees the check-in, not the member's week or streak; in private, all of it.
    await bot.send("/leaderboard-optout", { as: "bia", at: AT, chat, capabilities: SERVER });
    expect(
      (await bot.reply("/checkin 10m pandas", { as: "bia", at: AT, chat, capabilities: SERVER }))?.text,
    ).toBe("✅ Logged 10min — pandas.\nYour week and streak: /progress, in private.");
    expect((await bot.reply("/checkin 15m", { as: "bia", at: AT, chat: DM }))?.text).toContain("This week:");
    await bot.send("/leaderboard-optin", { as: "bia", at: AT, chat, capabilities: SERVER });
    // Mistakes and refusals are still the member's own.
    expect(
      (await bot.reply("/checkin lots", { as: "bia", at: AT, chat, capabilities: SERVER }))?.audience,
    ).toBeUndefined();
    expect(
      (await bot.reply("/checkin 13h", { as: "bia", at: AT, chat, capabilities: SERVER }))?.audience,
    ).toBeUndefined();
    expect(
      (await bot.reply("/progress", { as: "bia", at: AT, chat, capabilities: SERVER }))?.audience,
    ).toBeUndefined();
    // The same member in a private chat: nothing to share.
    expect((await bot.reply("/checkin 1h", { as: "bia", at: AT, chat: DM }))?.audience).toBeUndefined();

    expect(
      await bot.send("/setup 19:00", { as: "admin", at: AT, admin: true, chat, capabilities: SERVER }),
    ).toContain("Check-in confirmations are public");
    expect(
      (await bot.reply("/checkin 30m", { as: "bia", at: AT, chat, capabilities: SERVER }))?.audience,
    ).toBe("group");

    expect(
      await bot.send("/setup private", { as: "admin", at: AT, admin: true, chat, capabilities: SERVER }),
    ).toContain("Check-in confirmations are private");
    expect(
      (await bot.reply("/checkin 30m", { as: "bia", at: AT, chat, capabilities: SERVER }))?.audience,
    ).toBeUndefined();
  });

  it("GIVEN Portuguese THEN /configurar público is read and confirmed in Portuguese", async () => {
    const chat = server("servidor");
    const done = await bot.send("/configurar domingo público", {
      as: "admin",
      at: AT,
      admin: true,
      chat,
      capabilities: SERVER,
      locale: "pt-BR",
    });
    expect(done).toContain("As confirmações de check-in são públicas: todos aqui as veem.");
    expect(
      (await bot.reply("/checkin 1h", { as: "caio", at: AT, chat, capabilities: SERVER, locale: "pt-BR" }))
        ?.audience,
    ).toBe("group");
  });

  it("GIVEN a word /setup does not know THEN a friendly error with an example, and nothing changes", async () => {
    const chat = server("typo-server");
    expect(
      await bot.send("/setup publik", { as: "admin", at: AT, admin: true, chat, capabilities: SERVER }),
    ).toBe(
      "I couldn't read “publik”. Use /setup [timezone] [weekday] [HH:MM] [public|private], e.g. /setup America/Sao_Paulo sunday 20:00 public",
    );
    expect(
      await bot.send("/setup privadíssimo", {
        as: "admin",
        at: AT,
        admin: true,
        chat,
        capabilities: SERVER,
        locale: "pt-BR",
      }),
    ).toBe(
      "Não entendi “privadíssimo”. Use /configurar [fuso] [dia da semana] [HH:MM] [público|privado], ex.: /configurar America/Sao_Paulo domingo 20:00 público",
    );
    expect(await bot.deps.schedule.groupByChat("console", "typo-server")).toMatchObject({
      summaryChannelId: null,
      publicCheckins: false,
    });
  });

  it("GIVEN a chat where every reply is seen by all (Telegram, the terminal) THEN /setup says so, whatever was chosen", async () => {
    const chat: IncomingMessage["chat"] = { id: "telegram-group", kind: "group", title: "Study group" };
    expect(await bot.send("/setup private", { as: "admin", at: AT, admin: true, chat })).toContain(
      "Check-in confirmations are visible to everyone in this chat.",
    );
    // Seen by all, so the check-in alone: an opted-out member's "1h of 20h" stays theirs.
    await bot.send("/leaderboard-optout", { as: "dani", at: AT, chat });
    expect(await bot.send("/checkin 1h", { as: "dani", at: AT, chat })).toBe(
      "✅ Logged 1h.\nYour week and streak: /progress, in private.",
    );
  });
});
