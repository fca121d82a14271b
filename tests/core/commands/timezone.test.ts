// /timezone and /setup read a timezone as members write it: a city, a zone with accents, or an offset.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IncomingMessage } from "../../../src/core/commands/context.js";
import { groups, members } from "../../../src/db/schema/index.js";
import { openBot, type TestBot } from "../../support/bot.js";
import { testDatabases } from "../../support/databases.js";

// Thursday 2026-12-03, 12:00 UTC: 09:00 in São Paulo, 12:00 in Lisbon, 07:00 in New York.
const AT = "2026-12-03T12:00:00Z";

describe.each(testDatabases)("/timezone on $name", (database) => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await openBot(database);
  });
  afterAll(() => bot.close());

  const zoneOf = async (name: string) =>
    (await bot.db.select({ zone: members.timezone }).from(members).where(eq(members.displayName, name)))[0]
      ?.zone;

  it("GIVEN a city with or without accents, in either language THEN its zone and the time there now", async () => {
    expect(await bot.send("/fuso São Paulo", { as: "ana", at: AT, locale: "pt-BR" })).toBe(
      "🕒 Fuso horário definido: America/Sao_Paulo — agora são 09:00 aí.",
    );
    expect(await bot.send("/fuso Lisboa", { as: "ana", at: AT, locale: "pt-BR" })).toBe(
      "🕒 Fuso horário definido: Europe/Lisbon — agora são 12:00 aí.",
    );
    expect(await zoneOf("ana")).toBe("Europe/Lisbon");
    expect(await bot.send("/fuso America/São_Paulo", { as: "ana", at: AT, locale: "pt-BR" })).toContain(
      "America/Sao_Paulo",
    );
    expect(await bot.send("/timezone New York", { as: "ben", at: AT })).toBe(
      "🕒 Timezone set to America/New_York — it's 07:00 for you now.",
    );
    expect(await bot.send("/timezone Europe/Lisboa", { as: "ben", at: AT })).toContain("Europe/Lisbon");
    expect(await bot.send("/timezone Brasília", { as: "ben", at: AT })).toContain("America/Sao_Paulo");
    expect(await zoneOf("ben")).toBe("America/Sao_Paulo");
  });

  it("GIVEN an offset THEN Brasília time for a Brazilian, else a fixed offset with a word on daylight saving", async () => {
    await bot.send("/fuso Lisboa", { as: "caio", at: AT, locale: "pt-BR" });
    expect(await bot.send("/fuso GMT-3", { as: "caio", at: AT, locale: "pt-BR" })).toBe(
      "🕒 Fuso horário definido: America/Sao_Paulo — agora são 09:00 aí.",
    );
    await bot.send("/timezone Lisbon", { as: "dora", at: AT });
    const fixed = await bot.send("/timezone UTC-3", { as: "dora", at: AT });
    expect(fixed).toContain("🕒 Timezone set to UTC-3 — it's 09:00 for you now.");
    expect(fixed).toContain("does not follow daylight saving time");
    expect(await zoneOf("dora")).toBe("Etc/GMT+3");
    expect(await bot.send("/timezone", { as: "dora", at: AT })).toContain("Your timezone is UTC-3");
    const fixo = await bot.send("/fuso -03:00", { as: "dora", at: AT, locale: "pt-BR" });
    expect(fixo).toContain("America/Sao_Paulo");
  });

  it("GIVEN a name it does not know THEN the three closest, an example, and nothing changes", async () => {
    await bot.send("/fuso Manaus", { as: "eva", at: AT, locale: "pt-BR" });
    const pt = await bot.send("/fuso Sao Paolo", { as: "eva", at: AT, locale: "pt-BR" });
    expect(pt).toMatch(
      /^Não conheço o fuso “Sao Paolo”\. Os mais parecidos: America\/Sao_Paulo, [^,]+, [^,]+\./,
    );
    expect(pt).toContain("ex.: /fuso São Paulo ou /fuso UTC-3");
    expect(pt).not.toContain("IANA");
    const en = await bot.send("/timezone Lisbonn", { as: "eva", at: AT });
    expect(en).toMatch(/^“Lisbonn” is not a timezone I know\. Closest: Europe\/Lisbon, /);
    expect(en).toContain("e.g. /timezone São Paulo or /timezone UTC-3");
    expect(await zoneOf("eva")).toBe("America/Manaus");
  });

  it("GIVEN /fuso alone THEN the zone, the time there, and how to change it without jargon", async () => {
    await bot.send("/fuso Recife", { as: "fabi", at: AT, locale: "pt-BR" });
    expect(await bot.send("/fuso", { as: "fabi", at: AT, locale: "pt-BR" })).toBe(
      "O seu fuso horário é America/Recife (agora são 09:00 aí). Para mudar, mande a sua cidade ou a diferença do UTC, ex.: /fuso Lisboa ou /fuso UTC-3.",
    );
  });

  it("GIVEN /setup with a timezone of several words THEN the group's zone", async () => {
    const chat: IncomingMessage["chat"] = { id: "squad-sp", kind: "group", title: "SP" };
    const reply = await bot.send("/setup São Paulo domingo 20:00", {
      as: "gabi",
      at: AT,
      chat,
      admin: true,
      locale: "pt-BR",
    });
    expect(reply).toContain("(America/Sao_Paulo)");
    const [group] = await bot.db
      .select({ zone: groups.timezone })
      .from(groups)
      .where(eq(groups.chatId, "squad-sp"));
    expect(group?.zone).toBe("America/Sao_Paulo");
    await bot.send("/setup New York sunday", { as: "gabi", at: AT, chat, admin: true });
    const [moved] = await bot.db
      .select({ zone: groups.timezone })
      .from(groups)
      .where(eq(groups.chatId, "squad-sp"));
    expect(moved?.zone).toBe("America/New_York");
  });
});
