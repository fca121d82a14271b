// Nudges that respect people: done-today mornings, coming-back words at 3, 7 and 14 days then silence,
// and weeks framed as fresh starts.
import { afterEach, describe, expect, it } from "vitest";
import { addDays } from "../../src/core/time/dates.js";
import { openBot, type TestBot } from "../support/bot.js";
import { sharedDatabase, testDatabases } from "../support/databases.js";
import { askedQuestion, strongAnswer } from "../support/mock.js";
import { recordingSender, schedulerFor, tickAt } from "../support/scheduler.js";

/** 09:00 in São Paulo (UTC-3 all year) on a local day: the default morning nudge. */
const morning = (day: string) => `${day}T12:00:00Z`;

describe.each(testDatabases)("nudges that respect people on $name", (testDatabase) => {
  const database = sharedDatabase(testDatabase);
  let bot: TestBot;
  afterEach(() => bot.close());

  async function setUp() {
    bot = await openBot(database);
    const sender = recordingSender();
    const scheduler = schedulerFor(bot, sender);
    const mornings = async (as: string, first: string, count: number) => {
      const said: Array<string | null> = [];
      for (let i = 0; i < count; i += 1) {
        // Only what the morning sends: a recap due the evening before may still go out late at the same tick.
        const ofMorning = () =>
          sender.delivered
            .filter((d) => d.to === as && !d.message.text.startsWith("📬"))
            .map((d) => d.message.text);
        const before = ofMorning().length;
        await tickAt(scheduler, morning(addDays(first, i)));
        const now = ofMorning();
        said.push(now.length > before ? (now.at(-1) ?? null) : null);
      }
      return said;
    };
    return { sender, scheduler, mornings };
  }

  it("GIVEN a check-in before the morning nudge THEN it says what is done and the next task, not to log", async () => {
    const { mornings } = await setUp();
    await bot.send("/start 2026-11-30", { as: "ana", at: "2026-11-30T10:00:00Z" });
    await bot.send("/checkin 1h", { as: "ana", at: "2026-12-01T10:00:00Z" }); // 07:00 on Tuesday
    const [tuesday] = await mornings("ana", "2026-12-01", 1);
    expect(tuesday).toContain("You've already logged 1h today — nice.");
    expect(tuesday).toContain("Next task:");
    expect(tuesday).not.toContain("Log it with");
  });

  it("GIVEN /remind done off THEN a morning after a check-in says nothing, one without still nudges, Monday's plan still comes", async () => {
    const { mornings } = await setUp();
    await bot.send("/start 2026-11-30", { as: "ivo", at: "2026-11-30T10:00:00Z" });
    expect(await bot.send("/remind done off", { as: "ivo", at: "2026-11-30T10:00:00Z" })).toBe(
      "👍 No daily nudge on days you've already logged. To have it back: /remind done on.",
    );
    await bot.send("/checkin 1h", { as: "ivo", at: "2026-12-01T10:00:00Z" }); // 07:00 on Tuesday
    await bot.send("/checkin 1h", { as: "ivo", at: "2026-12-06T10:00:00Z" }); // 07:00 on Sunday
    await bot.send("/checkin 1h", { as: "ivo", at: "2026-12-07T10:00:00Z" }); // 07:00 on Monday
    const [tuesday, wednesday] = await mornings("ivo", "2026-12-01", 2);
    expect(tuesday).toBeNull();
    expect(wednesday).toContain("Today's task:");
    const [sunday, monday] = await mornings("ivo", "2026-12-06", 2);
    expect(sunday).toBeNull();
    expect(monday).toContain("New week, ivo!");
  });

  it("GIVEN a member who stops THEN a kind word after 3, 7 and 14 days, nothing in between, and silence after", async () => {
    const { mornings } = await setUp();
    await bot.send("/start 2026-11-30", { as: "caio", at: "2026-11-30T10:00:00Z" });
    await bot.send("/checkin 1h", { as: "caio", at: "2026-11-30T15:00:00Z" }); // Monday
    // Tuesday 1 December to Sunday 20 December.
    const said = await mornings("caio", "2026-12-01", 20);
    const spoke = said.flatMap((text, i) => (text === null ? [] : [{ day: addDays("2026-12-01", i), text }]));
    expect(spoke.map((s) => s.day)).toEqual([
      "2026-12-01",
      "2026-12-02",
      "2026-12-03",
      "2026-12-04",
      "2026-12-08",
      "2026-12-15",
    ]);
    expect(spoke[3]?.text).toContain(
      "a few days without studying happens to everyone. Want a lighter week? /goal 10h.",
    );
    expect(spoke[4]?.text).toContain("it's been a week. No pressure");
    expect(spoke[5]?.text).toContain("This is my last message until you come back");
    // Back: a check-in, and the next morning is an ordinary nudge again.
    await bot.send("/checkin 30m", { as: "caio", at: "2026-12-21T15:00:00Z" });
    const [back] = await mornings("caio", "2026-12-22", 1);
    expect(back).toContain("Today's task:");
  });

  it("GIVEN a pause THEN its days are not days away", async () => {
    const { mornings } = await setUp();
    await bot.send("/start 2026-11-30", { as: "bia", at: "2026-11-30T10:00:00Z", locale: "pt-BR" });
    await bot.send("/checkin 1h", { as: "bia", at: "2026-11-30T15:00:00Z", locale: "pt-BR" });
    await bot.send("/pausar 2026-12-06", { as: "bia", at: "2026-11-30T16:00:00Z", locale: "pt-BR" });
    // Back on Monday the 7th after a week's pause: the weekly plan, not "a week away".
    const [monday] = await mornings("bia", "2026-12-07", 1);
    expect(monday).toContain("Semana nova, bia!");
  });

  it("GIVEN interview practice without logged hours THEN the member is studying, not away", async () => {
    const { mornings } = await setUp();
    await bot.send("/start 2026-11-30", { as: "eva", at: "2026-11-30T10:00:00Z" });
    await bot.send("/checkin 1h", { as: "eva", at: "2026-11-30T15:00:00Z" });
    const asked = await bot.send("/mock versioning", { as: "eva", at: "2026-12-03T15:00:00Z" });
    await bot.send(strongAnswer(askedQuestion(bot.deps.roadmap, asked)), {
      as: "eva",
      at: "2026-12-03T15:05:00Z",
    });
    const [friday] = await mornings("eva", "2026-12-04", 1);
    expect(friday).toContain("Today's task:");
  });

  it("GIVEN a member in Lisbon away 3 days on the day clocks go forward THEN the word comes at 09:00 local, once", async () => {
    const { sender, scheduler } = await setUp();
    const at = { as: "rui", locale: "pt-BR" as const };
    await bot.send("/fuso Lisboa", { ...at, at: "2027-03-22T10:00:00Z" });
    await bot.send("/start 2027-03-22", { ...at, at: "2027-03-22T10:00:00Z" });
    await bot.send("/checkin 1h", { ...at, at: "2027-03-24T18:00:00Z" }); // Wednesday
    sender.delivered.length = 0;
    // Sunday 28 March: Lisbon moves from UTC+0 to UTC+1 at 01:00 UTC, so 09:00 there is 08:00 UTC.
    await tickAt(scheduler, "2027-03-28T07:59:00Z");
    expect(sender.delivered.filter((d) => d.to === "rui")).toEqual([]);
    await tickAt(scheduler, "2027-03-28T08:00:00Z");
    await tickAt(scheduler, "2027-03-28T09:00:00Z");
    const words = sender.delivered.filter((d) => d.to === "rui").map((d) => d.message.text);
    expect(words).toHaveLength(1);
    expect(words[0]).toContain("ficar uns dias sem estudar acontece com todo mundo");
  });

  it("GIVEN the Monday that opens a roadmap month, or a calendar month THEN the plan frames it as a fresh start", async () => {
    const { mornings } = await setUp();
    // Day 1 on Monday 2 November: week 5 (Mês 2 — Prática) begins on Monday 30 November.
    await bot.send("/start 2026-11-02", { as: "dora", at: "2026-11-02T10:00:00Z", locale: "pt-BR" });
    await bot.send("/checkin 1h", { as: "dora", at: "2026-11-29T15:00:00Z", locale: "pt-BR" });
    const [month2] = await mornings("dora", "2026-11-30", 1);
    expect(month2).toContain("✨ Mês 2 — Prática — um novo começo.");
    // The week's study resources come with its tasks.
    expect(month2).toMatch(/\n📚 Para estudar: .+/);
    await bot.send("/checkin 1h", { as: "dora", at: "2026-12-06T15:00:00Z", locale: "pt-BR" });
    const [december] = await mornings("dora", "2026-12-07", 1);
    expect(december).toContain("✨ Primeira semana de dezembro: um bom momento para recomeçar.");
  });
});
