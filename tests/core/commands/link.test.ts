import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Platform } from "../../../src/core/ports.js";
import { rawRows } from "../../../src/db/rawRows.js";
import { openBot, type TestBot } from "../../support/bot.js";
import { testDatabases } from "../../support/databases.js";
import { botBackends, type PortBot } from "../../support/memoryBot.js";
import { recordingSender, schedulerOver, tickAt } from "../../support/scheduler.js";

const MONDAY = "2026-11-23T15:00:00Z";
const TUESDAY = "2026-11-24T15:00:00Z";
const WEDNESDAY = "2026-11-25T15:00:00Z";
const PRIVATE = { id: "dm", kind: "private" } as const;

/** A member's talk on one platform: in the private chat, or in that platform's study group. */
function speaker(bot: Pick<PortBot, "send" | "reply">, platform: Platform, as: string) {
  const options = (at: string, group: boolean) => ({
    platform,
    as,
    at,
    chat: group ? ({ id: `${platform}-group`, kind: "group", title: "Study group" } as const) : PRIVATE,
  });
  return {
    send: (text: string, at: string, group = false) => bot.send(text, options(at, group)),
    reply: (text: string, at: string) => bot.reply(text, options(at, false)),
  };
}

/** The code a /link reply gives, as shown. */
const codeIn = (reply: string | null): string =>
  /(?:code|vínculo): (\S+)/.exec(reply ?? "")?.[1] ?? "no code";

/** Ana on Telegram (Monday and Tuesday) and on Discord (Tuesday and Wednesday), each in its group. */
async function anaOnBoth(bot: PortBot, id: string) {
  const telegram = speaker(bot, "telegram", id);
  const discord = speaker(bot, "discord", `${id}-d`);
  await telegram.send("/start 2026-11-23", MONDAY);
  await telegram.send("/checkin 2h", MONDAY, true);
  await telegram.send("/checkin 1h", TUESDAY);
  await discord.send("/start", TUESDAY);
  await discord.send("/checkin 3h", TUESDAY, true);
  await discord.send("/checkin 30m", WEDNESDAY);
  return { telegram, discord };
}

describe.each(botBackends)("/link on $name", (backend) => {
  let bot: PortBot;
  beforeAll(async () => {
    bot = await backend.open();
  });
  afterAll(() => bot.close());

  it("GIVEN check-ins on both platforms, a day on both THEN one member: streak by days, hours added, one board row each", async () => {
    const { telegram, discord } = await anaOnBoth(bot, "ana");
    const code = codeIn(await telegram.send("/link", WEDNESDAY));
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(await discord.send(`/link ${code.toLowerCase()}`, WEDNESDAY)).toContain(
      "your accounts on Discord and Telegram are one member now",
    );
    for (const side of [telegram, discord]) {
      const progress = await side.send("/progress", WEDNESDAY);
      expect(progress).toContain("This week: 6h30 of 20h");
      expect(progress).toContain("Streak: 3 days");
      expect(progress).toContain("Total so far: 6h30");
    }
    for (const side of [telegram, discord]) {
      const board = await side.send("/leaderboard", WEDNESDAY, true);
      const rows = board?.split("\n").filter((line) => /^[🥇🥈🥉]|^\d+\./u.test(line)) ?? [];
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatch(/ana(-d)? — 6h30 · 32%/);
    }
    expect(bot.errors).toEqual([]);
  });

  it("GIVEN the same code sent twice THEN already linked, and the older account's settings are the ones kept", async () => {
    const telegram = speaker(bot, "telegram", "bia");
    const discord = speaker(bot, "discord", "bia-d");
    await telegram.send("/goal 12h", MONDAY);
    await discord.send("/goal 30h", TUESDAY);
    const code = codeIn(await discord.send("/link", WEDNESDAY));
    expect(await telegram.send(`/link ${code}`, WEDNESDAY)).toContain(
      "Settings kept: this account's, the older one",
    );
    expect(await telegram.send(`/link ${code}`, WEDNESDAY)).toBe(
      "🔗 These accounts are already linked: nothing changed.",
    );
    expect(await discord.send(`/link ${code}`, WEDNESDAY)).toContain("already linked");
    expect(await discord.send("/progress", WEDNESDAY)).toContain("of 12h");
  });

  it("GIVEN a code sent after 10 minutes THEN a friendly refusal with the right form, and nothing is merged", async () => {
    const telegram = speaker(bot, "telegram", "caio");
    const discord = speaker(bot, "discord", "caio-d");
    await telegram.send("/checkin 1h", MONDAY);
    await discord.send("/checkin 2h", MONDAY);
    const code = codeIn(await telegram.send("/link", "2026-11-25T15:00:00Z"));
    expect(await discord.send(`/link ${code}`, "2026-11-25T15:10:00Z")).toBe(
      "That code doesn't work: it's mistyped, already used or older than 10 minutes. Send /link on your other account for a new one, then send it here, e.g. /link K7MQ-4X2P.",
    );
    expect(await discord.send("/progress", "2026-11-25T15:10:00Z")).toContain("Total so far: 2h");
    const fresh = codeIn(await telegram.send("/link", "2026-11-25T15:11:00Z"));
    expect(await discord.send(`/link ${fresh}`, "2026-11-25T15:20:59Z")).toContain("one member now");
    expect(await discord.send("/progress", "2026-11-25T15:21:00Z")).toContain("Total so far: 3h");
  });

  it("GIVEN a mistyped code, or an account of the same platform THEN each is told the right form", async () => {
    const telegram = speaker(bot, "telegram", "duda");
    expect(await telegram.send("/link 12345", WEDNESDAY)).toBe(
      "A link code has 8 letters and digits, e.g. /link K7MQ-4X2P. Send /link alone to get one.",
    );
    const code = codeIn(await telegram.send("/link", WEDNESDAY));
    expect(await speaker(bot, "telegram", "edu").send(`/link ${code}`, WEDNESDAY)).toContain(
      "Both accounts are on Telegram: only accounts on different platforms can be linked",
    );
    expect(await telegram.send(`/link ${code}`, WEDNESDAY)).toContain("Both accounts are on Telegram");
    const pt = await bot.send("/vincular abc", {
      platform: "discord",
      as: "duda-d",
      at: WEDNESDAY,
      chat: PRIVATE,
      locale: "pt-BR",
    });
    expect(pt).toBe(
      "O código de vínculo tem 8 letras e números, ex.: /vincular K7MQ-4X2P. Mande só /vincular pra receber um.",
    );
    // A code is for the member's eyes: where a group's replies are everyone's, the group gets the way there.
    const inGroup = await bot.send("/link", {
      platform: "telegram",
      as: "duda",
      at: WEDNESDAY,
      chat: { id: "telegram-group", kind: "group", title: "Study group" },
      capabilities: {
        privateReplies: false,
        forms: false,
        privateChatLink: (c) => `https://t.me/bot?start=${c}`,
      },
    });
    expect(inGroup).toBe(
      "/link is about your own data, so it happens in our private chat: https://t.me/bot?start=link",
    );
  });

  it("GIVEN a Portuguese speaker THEN /vincular and /desvincular answer in Portuguese", async () => {
    const pt = (platform: Platform, as: string, text: string) =>
      bot.send(text, { platform, as, at: WEDNESDAY, chat: PRIVATE, locale: "pt-BR" });
    const code = codeIn(
      (await pt("telegram", "lia", "/vincular"))?.replace("código de vínculo", "code") ?? null,
    );
    expect(await pt("discord", "lia-d", `/vincular ${code}`)).toContain(
      "Pronto, vinculadas: as suas contas do Discord e do Telegram agora são uma pessoa só.",
    );
    expect(await pt("discord", "lia-d", "/desvincular")).toContain(
      "Tudo até agora (check-ins, sequência, tarefas, entrevistas simuladas) fica com a sua conta do Telegram",
    );
    expect(await pt("discord", "lia-d", "/desvincular sim")).toContain("Pronto, desvinculada");
  });

  it("GIVEN the Discord account in a squad THEN after a link, and after an unlink, the squad place stays with that account", async () => {
    const { telegram, discord } = await anaOnBoth(bot, "hana");
    const bia = speaker(bot, "discord", "bia-d");
    await bia.send("/start", TUESDAY);
    expect(await discord.send("/squad create Foco", WEDNESDAY, true)).toContain("Foco");
    await bia.send("/squad join Foco", WEDNESDAY, true);
    await discord.send(`/link ${codeIn(await telegram.send("/link", WEDNESDAY))}`, WEDNESDAY);
    const squad = await bia.send("/squad", WEDNESDAY, true);
    expect(squad).toContain("hana-d");
    expect(squad).toContain("bia-d");
    await discord.send("/unlink yes", WEDNESDAY);
    const after = await discord.send("/squad", WEDNESDAY, true);
    expect(after).toContain("bia-d");
    expect(after).toContain("hana-d");
  });

  it("GIVEN /unlink THEN it asks first; GIVEN yes THEN the account is its own member from now on, the history stays", async () => {
    const { telegram, discord } = await anaOnBoth(bot, "fabi");
    await discord.send(`/link ${codeIn(await telegram.send("/link", WEDNESDAY))}`, WEDNESDAY);
    const asked = await discord.reply("/unlink", WEDNESDAY);
    expect(asked?.text).toContain(
      "From now on your Discord account will be a member of its own. Everything so far (check-ins, streak, tasks, mock interviews) stays with your account on Telegram",
    );
    expect(await discord.send("/progress", WEDNESDAY)).toContain("Total so far: 6h30");
    expect(await discord.send("/unlink yes", WEDNESDAY)).toContain(
      "this Discord account is a member of its own from now on, starting with no history",
    );
    expect(await discord.send("/progress", WEDNESDAY)).toContain("Total so far: 0min");
    await discord.send("/checkin 1h", WEDNESDAY);
    expect(await telegram.send("/progress", WEDNESDAY)).toContain("Total so far: 6h30");
    expect(await discord.send("/unlink", WEDNESDAY)).toContain("This account isn't linked to any other");
    const boards = await discord.send("/leaderboard", WEDNESDAY, true);
    expect(boards).toContain("fabi-d — 1h");
    expect(boards).not.toContain("fabi —");
  });

  it("GIVEN linked accounts THEN /export holds both, and /forget on one removes both", async () => {
    const { telegram, discord } = await anaOnBoth(bot, "gabi");
    await discord.send(`/link ${codeIn(await telegram.send("/link", WEDNESDAY))}`, WEDNESDAY);
    const exported = await discord.reply("/export", WEDNESDAY);
    expect(exported?.text).toContain("(4 check-ins and more)");
    const data = JSON.parse(exported?.file?.content ?? "{}") as {
      accounts: { platform: string }[];
      linkCodes: { platform: string; usedAt: string | null }[];
    };
    expect(data.accounts.map((a) => a.platform).sort()).toEqual(["discord", "telegram"]);
    expect(data.linkCodes).toEqual([
      expect.objectContaining({ platform: "telegram", usedAt: expect.any(String) }),
    ]);

    await discord.send("/forget yes", WEDNESDAY);
    // Either account is a stranger now: nothing of the other remains to be found through it.
    for (const side of [telegram, discord]) {
      const again = await side.reply("/export", WEDNESDAY);
      expect(again?.text).toContain("(0 check-ins and more)");
      const accounts = (JSON.parse(again?.file?.content ?? "{}") as { accounts: unknown[] }).accounts;
      expect(accounts).toHaveLength(1);
    }
  });
});

describe.each(testDatabases)("/link at once on $name", (database) => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await openBot(database);
  });
  afterAll(() => bot.close());

  it("GIVEN each account's code sent on the other at the same moment THEN one merge, the other already linked", async () => {
    const { telegram, discord } = await anaOnBoth(bot, "hana");
    const fromTelegram = codeIn(await telegram.send("/link", WEDNESDAY));
    const fromDiscord = codeIn(await discord.send("/link", WEDNESDAY));
    const replies = await Promise.all([
      discord.send(`/link ${fromTelegram}`, WEDNESDAY),
      telegram.send(`/link ${fromDiscord}`, WEDNESDAY),
    ]);
    expect(replies.filter((r) => r?.includes("one member now"))).toHaveLength(1);
    expect(replies.filter((r) => r?.includes("already linked"))).toHaveLength(1);
    const owners = await rawRows<{ member_id: number }>(
      bot.db,
      sql`select distinct member_id from identities where platform_user_id in ('hana', 'hana-d')`,
    );
    expect(owners).toHaveLength(1);
    expect(await telegram.send("/progress", WEDNESDAY)).toContain("Total so far: 6h30");
    expect(bot.errors).toEqual([]);
  });

  it("GIVEN one code sent by two accounts at once THEN only one of them is linked", async () => {
    const telegram = speaker(bot, "telegram", "iara");
    await telegram.send("/checkin 1h", MONDAY);
    const code = codeIn(await telegram.send("/link", WEDNESDAY));
    const replies = await Promise.all(
      ["iara-d", "iago-d"].map((id) => speaker(bot, "discord", id).send(`/link ${code}`, WEDNESDAY)),
    );
    expect(replies.filter((r) => r?.includes("one member now"))).toHaveLength(1);
    const owners = await rawRows<{ n: number }>(
      bot.db,
      sql`select count(*)::int as n from identities i join identities t on t.member_id = i.member_id
          where t.platform_user_id = 'iara' and i.platform = 'discord'`,
    );
    expect(owners[0]?.n).toBe(1);
  });

  it("GIVEN /forget after a link THEN no row of either account remains", async () => {
    const { telegram, discord } = await anaOnBoth(bot, "jade");
    await discord.send(`/link ${codeIn(await telegram.send("/link", WEDNESDAY))}`, WEDNESDAY);
    await telegram.send("/forget yes", WEDNESDAY);
    const left = await rawRows<{ n: number }>(
      bot.db,
      sql`select (select count(*) from identities where platform_user_id in ('jade', 'jade-d'))
            + (select count(*) from members where display_name in ('jade', 'jade-d'))
            + (select count(*) from link_codes where member_id not in (select id from members)) as n`,
    );
    expect(Number(left[0]?.n)).toBe(0);
  });

  it("GIVEN both accounts with a daily nudge THEN once linked, one nudge a morning for the person", async () => {
    const telegram = speaker(bot, "telegram", "kai");
    const discord = speaker(bot, "discord", "kai-d");
    await telegram.send("/start", MONDAY);
    await discord.send("/start", MONDAY);
    await discord.send(`/link ${codeIn(await telegram.send("/link", MONDAY))}`, MONDAY);
    const senders = (["telegram", "discord"] as const).map((platform) => ({
      ...recordingSender(),
      platform,
    }));
    // 09:00 in São Paulo on Tuesday: the daily nudge's time for both accounts before the link.
    await tickAt(schedulerOver(bot.deps, senders, "test", bot.errors), "2026-11-24T12:00:00Z");
    const toKai = senders.flatMap((s) => s.delivered.filter((d) => d.to === "kai" || d.to === "kai-d"));
    expect(toKai).toHaveLength(1);
  });
});
