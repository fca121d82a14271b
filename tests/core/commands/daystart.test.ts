// /daystart: a day that ends after midnight. Check-ins before the day start count for the day before, and
// the streak, the week and /progress follow, across daylight-saving nights too.
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkins, members } from "../../../src/db/schema/index.js";
import { openBot, type TestBot } from "../../support/bot.js";
import { testDatabases } from "../../support/databases.js";

/** Wednesday 25 November 2026, noon in São Paulo (UTC-3 all year). */
const WED_NOON = "2026-11-25T15:00:00Z";

describe.each(testDatabases)("/daystart on $name", (database) => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await openBot(database);
  });
  afterAll(() => bot.close());

  /** The local dates the member's check-ins were counted for, oldest first. */
  async function countedDays(as: string): Promise<string[]> {
    const rows = await bot.db
      .select({ day: checkins.localDate })
      .from(checkins)
      .innerJoin(members, eq(members.id, checkins.memberId))
      .where(eq(members.displayName, as))
      .orderBy(asc(checkins.recordedAt));
    return rows.map((row) => row.day);
  }

  async function dayStartOf(as: string): Promise<string | null> {
    const [row] = await bot.db.select().from(members).where(eq(members.displayName, as));
    return row?.dayStart ?? null;
  }

  it("GIVEN no day start THEN /daystart says midnight and what it does; a time sets it, off resets it", async () => {
    const as = "owl";
    expect(await bot.send("/daystart", { as, at: WED_NOON })).toBe(
      "Your day starts at midnight. Studying past it? With e.g. /daystart 04:00, a check-in at 01:30 counts for the day before, and your streak stays whole.",
    );
    expect(await bot.send("/daystart 4am", { as, at: WED_NOON })).toBe(
      "🌗 Your day now starts at 04:00 (America/Sao_Paulo): a check-in before 04:00 counts for the day before, and your streak, nudges and weeks follow. Back to midnight with /daystart off.",
    );
    expect(await bot.send("/daystart", { as, at: WED_NOON })).toBe(
      "Your day starts at 04:00 (America/Sao_Paulo): a check-in before 04:00 counts for the day before. Change it with e.g. /daystart 03:00, or go back to midnight with /daystart off.",
    );
    expect(await bot.send("/daystart off", { as, at: WED_NOON })).toBe(
      "🕛 Your day starts at midnight again: every check-in counts for the day it's made on.",
    );
    expect(await dayStartOf(as)).toBeNull();
  });

  it.each([
    ["4h", "04:00"],
    ["04h00", "04:00"],
    ["4:00", "04:00"],
    ["4", "04:00"],
    ["06:00", "06:00"],
    ["2:30am", "02:30"],
  ])("GIVEN /daystart %s THEN the day starts at %s", async (input, stored) => {
    const as = `reader-${input}`;
    expect(await bot.send(`/daystart ${input}`, { as, at: WED_NOON })).toContain(`starts at ${stored}`);
    expect(await dayStartOf(as)).toBe(stored);
  });

  it.each(["midnight", "00:00", "12am", "off"])("GIVEN /daystart %s THEN midnight again", async (input) => {
    const as = `resetter-${input}`;
    await bot.send("/daystart 04:00", { as, at: WED_NOON });
    expect(await bot.send(`/daystart ${input}`, { as, at: WED_NOON })).toContain("midnight again");
    expect(await dayStartOf(as)).toBeNull();
  });

  it("GIVEN Portuguese THEN /inicio-do-dia and /iniciododia answer as a Brazilian writes", async () => {
    const at = WED_NOON;
    const as = "coruja";
    const locale = "pt-BR" as const;
    expect(await bot.send("/inicio-do-dia", { as, at, locale })).toBe(
      "O seu dia começa à meia-noite. Costuma estudar depois disso? Com /inicio-do-dia 04:00, por exemplo, um check-in à 01:30 conta para o dia anterior e a sequência não quebra.",
    );
    expect(await bot.send("/iniciododia 04h00", { as, at, locale })).toBe(
      "🌗 Agora o seu dia começa às 04:00 (America/Sao_Paulo): um check-in antes das 04:00 conta para o dia anterior, e a sequência, os lembretes e as semanas acompanham. Para voltar à meia-noite, /inicio-do-dia meia-noite.",
    );
    expect(await bot.send("/inicio-do-dia 1h", { as, at, locale })).toContain(
      "começa à 01:00 (America/Sao_Paulo): um check-in antes da 01:00",
    );
    expect(await bot.send("/inicio-do-dia meia-noite", { as, at, locale })).toBe(
      "🕛 O seu dia volta a começar à meia-noite: cada check-in conta para o dia em que foi feito.",
    );
  });

  it("GIVEN a time past 06:00 or no time at all THEN a friendly reply with an example, and nothing changes", async () => {
    const as = "lark";
    await bot.send("/daystart 03:00", { as, at: WED_NOON });
    expect(await bot.send("/daystart 9:00", { as, at: WED_NOON })).toBe(
      "09:00 is too late for a day to start: it can start at 06:00 at the latest, or one day would run into the next. For example: /daystart 04:00.",
    );
    expect(await bot.send("/daystart banana", { as, at: WED_NOON })).toBe(
      "“banana” is not a time of day. Use HH:MM up to 06:00, e.g. /daystart 04:00 — or /daystart off for midnight.",
    );
    expect(await bot.send("/inicio-do-dia 6:30", { as, at: WED_NOON, locale: "pt-BR" })).toBe(
      "06:30 é tarde demais para o dia começar: no máximo às 06:00, senão um dia invade o outro. Por exemplo: /inicio-do-dia 04:00.",
    );
    expect(await bot.send("/inicio-do-dia banana", { as, at: WED_NOON, locale: "pt-BR" })).toBe(
      "“banana” não é um horário. Use HH:MM até 06:00, ex.: /inicio-do-dia 04:00 — ou /inicio-do-dia meia-noite para voltar à meia-noite.",
    );
    expect(await dayStartOf(as)).toBe("03:00");
  });

  it("GIVEN /daystart 04:00 THEN a check-in at 01:30 is the day before's, and one at 04:10 the new day's", async () => {
    const as = "night";
    await bot.send("/start 2026-11-23", { as, at: "2026-11-23T15:00:00Z" });
    await bot.send("/daystart 04:00", { as, at: "2026-11-23T15:00:00Z" });
    await bot.send("/checkin 1h", { as, at: "2026-11-23T15:00:00Z" }); // Monday noon
    await bot.send("/checkin 1h", { as, at: "2026-11-24T15:00:00Z" }); // Tuesday noon
    // Wednesday's only study runs late: it is logged at 01:30 on Thursday.
    expect(await bot.send("/checkin 2h", { as, at: "2026-11-26T04:30:00Z" })).toBe(
      "✅ Logged 2h.\nThis week: 4h of 20h\n██░░░░░░░░ 20%\n🔥 Streak: 3 days",
    );
    const progress = await bot.send("/progress", { as, at: "2026-11-26T04:35:00Z" });
    // Still Wednesday: five days left in the week, Wednesday's included.
    expect(progress).toContain("each of the 5 days left");
    expect(progress).toContain("🔥 Streak: 3 days");
    // "Yesterday" at 01:30 is the day before the member's day: Tuesday.
    expect(await bot.send("/checkin 30m yesterday", { as, at: "2026-11-26T04:40:00Z" })).toContain(
      "for yesterday (Tue 24 Nov)",
    );
    expect(await bot.send("/checkin 1h", { as, at: "2026-11-26T07:10:00Z" })).toContain("🔥 Streak: 4 days");
    expect(await countedDays(as)).toEqual([
      "2026-11-23",
      "2026-11-24",
      "2026-11-25",
      "2026-11-24",
      "2026-11-26",
    ]);
  });

  it("GIVEN no day start THEN the same 01:30 check-in is Thursday's, and Wednesday breaks the streak", async () => {
    const as = "early";
    await bot.send("/start 2026-11-23", { as, at: "2026-11-23T15:00:00Z" });
    await bot.send("/checkin 1h", { as, at: "2026-11-23T15:00:00Z" });
    await bot.send("/checkin 1h", { as, at: "2026-11-24T15:00:00Z" });
    expect(await bot.send("/checkin 2h", { as, at: "2026-11-26T04:30:00Z" })).toContain("🔥 Streak: 1 day");
    expect(await countedDays(as)).toEqual(["2026-11-23", "2026-11-24", "2026-11-26"]);
  });

  it("GIVEN /daystart 04:00 THEN Monday 01:30 counts in the week that ended on Sunday", async () => {
    const as = "sunday";
    await bot.send("/start 2026-11-23", { as, at: "2026-11-23T15:00:00Z" });
    await bot.send("/daystart 04:00", { as, at: "2026-11-23T15:00:00Z" });
    await bot.send("/checkin 1h", { as, at: "2026-11-29T15:00:00Z" }); // Sunday noon
    expect(await bot.send("/checkin 2h", { as, at: "2026-11-30T04:30:00Z" })).toContain(
      "This week: 3h of 20h",
    );
    expect(await bot.send("/progress", { as, at: "2026-11-30T04:35:00Z" })).toContain(
      "📊 Week of Mon 23 Nov to Sun 29 Nov\nThis week: 3h of 20h",
    );
    expect(await bot.send("/progress", { as, at: "2026-11-30T07:10:00Z" })).toContain(
      "📊 Week of Mon 30 Nov to Sun 6 Dec\nThis week: 0min of 20h",
    );
    expect(await countedDays(as)).toEqual(["2026-11-29", "2026-11-29"]);
  });

  // Lisbon springs forward at 01:00 on 29 March 2026 (01:00 → 02:00) and falls back at 02:00 on 25 October
  // (02:00 → 01:00): the night is an hour shorter or longer, but 04:00 on the wall clock is still the line.
  it.each([
    [
      "Europe/Lisbon, clocks forward",
      "Lisbon",
      [
        ["2026-03-29T01:30:00Z", "2026-03-28"], // 02:30 WEST: the hour 01:00–02:00 never happened
        ["2026-03-29T02:50:00Z", "2026-03-28"], // 03:50 WEST
        ["2026-03-29T03:10:00Z", "2026-03-29"], // 04:10 WEST, though only three hours after midnight
      ],
    ],
    [
      "Europe/Lisbon, clocks back",
      "Lisbon",
      [
        ["2026-10-25T00:30:00Z", "2026-10-24"], // 01:30 WEST, the first time
        ["2026-10-25T01:30:00Z", "2026-10-24"], // 01:30 WET, the second time
        ["2026-10-25T03:50:00Z", "2026-10-24"], // 03:50 WET, though five hours after midnight
        ["2026-10-25T04:10:00Z", "2026-10-25"], // 04:10 WET
      ],
    ],
    [
      "America/Sao_Paulo, where clocks no longer move",
      "São Paulo",
      [
        // 1 November was the night clocks went forward until 2019; now it is a night like any other.
        ["2026-11-01T04:30:00Z", "2026-10-31"], // 01:30
        ["2026-11-01T06:50:00Z", "2026-10-31"], // 03:50
        ["2026-11-01T07:10:00Z", "2026-11-01"], // 04:10
      ],
    ],
  ] as const)("GIVEN %s THEN 04:00 on the wall clock divides the days", async (title, city, steps) => {
    const as = `dst-${title}`;
    const [first] = steps;
    const at = new Date(Date.parse(first[0]) - 24 * 3600_000);
    await bot.send(`/timezone ${city}`, { as, at });
    await bot.send("/daystart 04:00", { as, at });
    for (const [instant] of steps) await bot.send("/checkin 30m", { as, at: instant });
    expect(await countedDays(as)).toEqual(steps.map(([, day]) => day));
  });
});
