import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkins, members } from "../../src/db/schema/index.js";
import { openBot, type TestBot } from "../support/bot.js";
import { testDatabases } from "../support/databases.js";

// Saturday 2026-11-28, 14:00 in São Paulo.
const SAT = "2026-11-28T17:00:00Z";

describe.each(testDatabases)("commands on $name", (database) => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await openBot(database);
  });
  afterAll(() => bot.close());

  async function rowsOf(name: string) {
    return bot.db
      .select({ minutes: checkins.minutes, localDate: checkins.localDate, note: checkins.note })
      .from(checkins)
      .innerJoin(members, eq(members.id, checkins.memberId))
      .where(eq(members.displayName, name))
      .orderBy(checkins.id);
  }

  it("GIVEN the first-run session on a Saturday THEN 4h30 of the weekend's 5h45, errors change nothing, and /undo removes the 90m", async () => {
    const as = "newcomer";
    expect(await bot.send("/start", { as, at: SAT })).toContain(
      "Welcome, newcomer! Your roadmap day 1 is Sat 28 Nov",
    );
    expect(await bot.send("/checkin 3h estudei pandas", { as, at: SAT })).toContain(
      "Logged 3h — estudei pandas",
    );
    // Day 1 on a Saturday: the week asks for two sevenths of 20h, not all of it.
    expect(await bot.send("/checkin 90m", { as, at: SAT })).toContain("This week: 4h30 of 5h45");
    const progress = await bot.send("/progress", { as, at: SAT });
    expect(progress).toContain("This week: 4h30 of 5h45");
    expect(progress).toContain("Roadmap week 1 of 12");
    expect(progress).toContain("Pace: 38min each of the 2 days left");

    expect(await bot.send("/checkin -2h", { as, at: SAT })).toContain("must be more than zero");
    expect(await bot.send("/checkin lots", { as, at: SAT })).toContain("couldn't read “lots”");
    expect(await bot.send("/checkin 13h", { as, at: SAT })).toContain("more than 12h in one check-in");
    expect(await rowsOf(as)).toEqual([
      { minutes: 180, localDate: "2026-11-28", note: "estudei pandas" },
      { minutes: 90, localDate: "2026-11-28", note: null },
    ]);

    expect(await bot.send("/undo", { as, at: SAT })).toContain("Removed 1h30 from Sat 28 Nov");
    expect(await rowsOf(as)).toEqual([{ minutes: 180, localDate: "2026-11-28", note: "estudei pandas" }]);
  });

  it("GIVEN a full week's goal far off on Saturday THEN no demand past twice an average day, but what a good weekend looks like", async () => {
    const as = "latecomer";
    await bot.send("/start 2026-11-23", { as, at: SAT });
    await bot.send("/checkin 3h", { as, at: SAT });
    // 17h left for two days would be 8h30 a day; a 20h week's average day is 2h50.
    expect(await bot.send("/progress", { as, at: SAT })).toContain(
      "The target is out of reach this week. To finish it well: about 2h50 a day, 8h40 by Sunday — every hour counts, and so does your streak.",
    );
    expect(await bot.send("/progresso", { as, at: SAT, locale: "pt-BR" })).toContain(
      "A meta desta semana ficou longe. Para fechar bem a semana: cerca de 2h50 por dia, o que dá 8h40 até domingo — cada hora conta, e a sua sequência também.",
    );
  });

  it("GIVEN /start again weeks later THEN day 1 stays, and only /start with a date moves it", async () => {
    const as = "veteran";
    await bot.send("/start 2026-10-26", { as, at: SAT });
    const again = (await bot.send("/start", { as, at: SAT }))?.split("\n");
    expect(again?.[0]).toBe("👋 You're already on your way, veteran: your roadmap day 1 is Mon 26 Oct.");
    expect(again?.[1]).toMatch(/^🗺️ Roadmap week 5 of 12: /);
    expect(again?.[2]).toBe("To move day 1, send it with a date, e.g. /start today or /start 2026-11-30.");
    expect(await bot.send("/progress", { as, at: SAT })).toContain("Roadmap week 5 of 12");
    expect(await bot.send("/start", { as, at: SAT, locale: "pt-BR" })).toContain(
      "Você já está no caminho, veteran: o dia 1 do seu roadmap é seg, 26/10.",
    );
    expect(await bot.send("/start 2026-11-23", { as, at: SAT })).toContain("📅 Day 1 moved to Mon 23 Nov.");
    expect(await bot.send("/progress", { as, at: SAT })).toContain("Roadmap week 1 of 12");
  });

  it("GIVEN yesterday's hours logged on a Monday THEN the reply shows last week, where they counted", async () => {
    const as = "mondayer";
    await bot.send("/checkin 5h", { as, at: "2026-11-29T15:00:00Z" }); // Sunday
    const monday = "2026-11-30T15:00:00Z";
    const late = await bot.send("/checkin 2h yesterday", { as, at: monday });
    expect(late).toContain("✅ Logged 2h for yesterday (Sun 29 Nov).\nLast week: 7h of 20h\n████░░░░░░ 35%");
    expect(late).toContain("🔥 Streak: 1 day");
    expect(await bot.send("/checkin 1h", { as, at: monday })).toContain("This week: 1h of 20h");
    expect(await bot.send("/checkin 1h ontem", { as, at: monday, locale: "pt-BR" })).toContain(
      "Semana passada: 8h de 20h",
    );
  });

  it("GIVEN every error THEN the reply shows an example of the right form", async () => {
    for (const bad of [
      "/checkin",
      "/checkin lots",
      "/checkin -1h",
      "/checkin 20h",
      "/roadmap 13",
      "/start 31/12",
    ]) {
      expect(await bot.send(bad, { as: "examples", at: SAT }), bad).toMatch(
        /(e\.g\.|for example|try:).*\/\w+/i,
      );
    }
  });

  it("GIVEN the same event delivered twice THEN it counts once", async () => {
    await bot.send("/checkin 2h", { as: "twice", at: SAT, eventId: "update-99" });
    expect(await bot.send("/checkin 2h", { as: "twice", at: SAT, eventId: "update-99" })).toBe(
      "That check-in was already counted.",
    );
    expect(await rowsOf("twice")).toHaveLength(1);
  });

  it("GIVEN 'yesterday' or 'ontem' THEN the time counts for the member's previous local day", async () => {
    await bot.send("/checkin 2h yesterday", { as: "late", at: SAT });
    await bot.send("/checkin 1h ontem docker", { as: "late", at: SAT });
    expect(await rowsOf("late")).toEqual([
      { minutes: 120, localDate: "2026-11-27", note: null },
      { minutes: 60, localDate: "2026-11-27", note: "docker" },
    ]);
  });

  it("GIVEN a check-in after midnight UTC THEN it counts for the member's own local day", async () => {
    const at = "2026-12-01T02:30:00Z"; // Monday 23:30 in São Paulo... of Nov 30
    await bot.send("/checkin 1h", { as: "owl", at });
    await bot.send("/timezone Europe/Lisbon", { as: "owl", at });
    await bot.send("/checkin 1h", { as: "owl", at });
    expect((await rowsOf("owl")).map((r) => r.localDate)).toEqual(["2026-11-30", "2026-12-01"]);
  });

  it("GIVEN 24h already logged in a day THEN one more minute is refused and nothing is recorded", async () => {
    await bot.send("/checkin 12h", { as: "marathon", at: SAT });
    await bot.send("/checkin 12h again", { as: "marathon", at: SAT });
    expect(await bot.send("/checkin 1m", { as: "marathon", at: SAT })).toContain("already has 24h logged");
    expect(await bot.send("/checkin 1m yesterday", { as: "marathon", at: SAT })).toContain("Logged 1min");
    expect(await rowsOf("marathon")).toHaveLength(3);
  });

  it("GIVEN a check-in older than 24h THEN /undo leaves it alone", async () => {
    await bot.send("/checkin 1h", { as: "undoer", at: "2026-11-26T12:00:00Z" });
    expect(await bot.send("/undo", { as: "undoer", at: SAT })).toBe(
      "There is no check-in from the last 24h to undo.",
    );
    expect(await rowsOf("undoer")).toHaveLength(1);
  });

  it("GIVEN check-ins on consecutive days THEN the streak counts them, and a quiet today does not break it", async () => {
    for (const day of ["2026-11-25", "2026-11-26", "2026-11-27"]) {
      await bot.send("/checkin 1h", { as: "steady", at: `${day}T15:00:00Z` });
    }
    expect(await bot.send("/progress", { as: "steady", at: SAT })).toContain("Streak: 3 days");
    expect(await bot.send("/checkin 1h", { as: "steady", at: SAT })).toContain("Streak: 4 days");
    expect(await bot.send("/progress", { as: "steady", at: "2026-11-29T15:00:00Z" })).toContain(
      "Streak: 4 days",
    );
    expect(await bot.send("/progress", { as: "steady", at: "2026-11-30T15:00:00Z" })).toContain(
      "Streak: none yet",
    );
  });

  it("GIVEN a new week THEN the weekly total starts again from zero", async () => {
    await bot.send("/checkin 5h", { as: "weekly", at: "2026-11-29T15:00:00Z" });
    expect(await bot.send("/progress", { as: "weekly", at: "2026-11-30T15:00:00Z" })).toContain(
      "This week: 0min of 20h",
    );
    expect(await bot.send("/progress", { as: "weekly", at: "2026-11-30T15:00:00Z" })).toContain(
      "Total so far: 5h",
    );
  });

  it("GIVEN /start on a future date THEN the roadmap waits for it", async () => {
    expect(await bot.send("/start 2026-12-07", { as: "cohort", at: SAT })).toContain(
      "starts on Mon 7 Dec (in 9 days)",
    );
    expect(await bot.send("/start 2029-01-01", { as: "cohort", at: SAT })).toContain("too far away");
    expect(await bot.send("/progress", { as: "cohort", at: "2026-12-15T12:00:00Z" })).toContain(
      "Roadmap week 2 of 12",
    );
  });

  it("/roadmap shows the current week, a chosen week, or a clear error", async () => {
    await bot.send("/start 2026-11-14", { as: "reader", at: SAT });
    expect(await bot.send("/roadmap", { as: "reader", at: SAT })).toMatch(
      /^🗺️ Week 3 of 12 \(your current week\)/,
    );
    const week7 = await bot.send("/roadmap 7", { as: "reader", at: SAT });
    expect(week7).toMatch(/^🗺️ Week 7 of 12: /);
    expect(week7?.split("\n").filter((l) => /^\d\. /.test(l)).length).toBeGreaterThanOrEqual(3);
    expect(await bot.send("/roadmap abc", { as: "reader", at: SAT })).toContain("Pick a number from 1 to 12");
    expect(await bot.send("/roadmap", { as: "nostart", at: SAT })).toContain(
      "You haven't set your day 1 yet",
    );
  });

  it("GIVEN /timezone THEN a valid zone is saved and an unknown one changes nothing", async () => {
    expect(await bot.send("/timezone", { as: "traveller", at: SAT })).toContain(
      "Your timezone is America/Sao_Paulo",
    );
    expect(await bot.send("/timezone Mars/Olympus", { as: "traveller", at: SAT })).toContain(
      "not a timezone I know",
    );
    expect(await bot.send("/timezone asia/tokyo", { as: "traveller", at: SAT })).toBe(
      "🕒 Timezone set to Asia/Tokyo — it's 02:00 for you now.",
    );
  });

  it("GIVEN a Portuguese platform locale or /language THEN replies in Portuguese, and the choice sticks", async () => {
    expect(await bot.send("/checkin 1h", { as: "bia", at: SAT, locale: "pt-BR" })).toContain("Registrei 1h");
    expect(await bot.send("/language en", { as: "bia", at: SAT, locale: "pt-BR" })).toBe(
      "Language set to English.",
    );
    expect(await bot.send("/progresso", { as: "bia", at: SAT, locale: "pt-BR" })).toContain(
      "This week: 1h of 20h",
    );
    expect(await bot.send("/idioma pt", { as: "bia", at: SAT })).toBe(
      "Idioma definido: português do Brasil.",
    );
    expect(await bot.send("/idioma klingon", { as: "bia", at: SAT })).toContain(
      "Use /idioma pt ou /idioma en",
    );
  });

  it("GIVEN an unknown command or plain text THEN a hint, or nothing for the platform to decide", async () => {
    expect(await bot.send("/dance", { at: SAT })).toBe(
      "I don't know /dance. Send /help to see what I can do.",
    );
    expect(await bot.send("/chekin 2h", { at: SAT })).toBe(
      "I don't know /chekin. Did you mean /checkin? Send /help to see what I can do.",
    );
    expect(await bot.send("/progreso", { at: SAT, locale: "pt-BR" })).toBe(
      "Não conheço /progreso. Você quis dizer /progresso? Mande /ajuda para ver o que eu sei fazer.",
    );
    // The suggestion is in the member's language, whichever name was mistyped.
    expect(await bot.send("/progres", { at: SAT, locale: "pt-BR" })).toContain("Você quis dizer /progresso?");
    expect(await bot.send("/progreso", { at: SAT, locale: "en" })).toContain("Did you mean /progress?");
    expect(await bot.send("hello there", { at: SAT })).toBeNull();
    expect(await bot.send("/help", { at: SAT })).toContain("/checkin <time> [note]");
  });

  it("GIVEN a command typed decomposed, fullwidth or with a constructor's name THEN it runs or is unknown", async () => {
    const as = "unicode";
    expect(await bot.send("/ＣＨＥＣＫＩＮ ３ｈ", { as, at: SAT })).toContain("Logged 3h");
    expect(await bot.send("/sile\u0302ncio 22:00-07:00", { as, at: SAT, locale: "pt-BR" })).toContain(
      "Horário de silêncio 22:00–07:00",
    );
    expect(await bot.send("/comec\u0327ar", { as, at: SAT, locale: "pt-BR" })).toContain("Boas-vindas");
    expect(await rowsOf(as)).toEqual([{ minutes: 180, localDate: "2026-11-28", note: null }]);
    for (const name of ["constructor", "__proto__", "toString"]) {
      expect(await bot.send(`/${name}`, { as, at: SAT })).toMatch(/^I don't know \//);
    }
  });

  it("GIVEN a command addressed to the bot by name THEN it runs", async () => {
    expect(await bot.send("/checkin@ConstanciaBot 30m", { as: "mention", at: SAT })).toContain(
      "Logged 30min",
    );
  });
});

describe("when the database fails", () => {
  it("GIVEN a closed database THEN the member is told nothing was saved, and the failure is logged", async () => {
    const [pglite] = testDatabases;
    if (pglite === undefined) throw new Error("no database");
    const bot = await openBot(pglite);
    await bot.close();
    expect(await bot.send("/checkin 2h", { at: SAT })).toBe(
      "Something went wrong on my side and nothing was saved. Please try again in a moment.",
    );
    expect(bot.errors).toHaveLength(1);
  });
});
