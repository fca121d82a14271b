// Plan reminders: 30 minutes before each block of the member's plan, naming the block and today's task;
// not once the block's day has a check-in, a rest day, quiet hours or a pause; and at most three proactive
// messages a day, dropped in the stated order.
import { and, eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { sends } from "../../src/db/schema/index.js";
import { previewDue } from "../../src/scheduler/preview.js";
import { openBot, type TestBot } from "../support/bot.js";
import { sharedDatabase, testDatabases } from "../support/databases.js";
import { recordingSender, schedulerFor, tickAt } from "../support/scheduler.js";

// São Paulo is UTC-3 all year. Monday 30 November 2026 is day 1; Tuesday 1 December the next day.
const MONDAY = "2026-11-30T12:00:00Z";
const TUESDAY = "2026-12-01";
/** Local São Paulo wall time on a day, as the UTC instant. */
const sp = (day: string, time: string) => {
  const [h = 0, m = 0] = time.split(":").map(Number);
  const at = new Date(`${day}T00:00:00Z`);
  at.setUTCHours(h + 3, m);
  return at;
};

describe.each(testDatabases)("plan reminders on $name", (testDatabase) => {
  const database = sharedDatabase(testDatabase);
  let bot: TestBot;
  afterEach(() => bot.close());

  async function setUp(as: string, commands: string[]) {
    bot = await openBot(database);
    const sender = recordingSender();
    const scheduler = schedulerFor(bot, sender);
    await bot.send("/start 2026-11-30", { as, at: MONDAY });
    for (const command of commands) await bot.send(command, { as, at: MONDAY });
    const dayPreview = async (day: string) =>
      (await previewDue(scheduler, sp(day, "00:00"), sp(day, "23:59"))).filter((i) => i.member === as);
    const deliveredTo = () => sender.delivered.filter((d) => d.to === as).map((d) => d.message.text);
    return { sender, scheduler, dayPreview, deliveredTo };
  }

  it("GIVEN a plan THEN a reminder 30 minutes before each block names it and today's task, sent once", async () => {
    const { scheduler, dayPreview, deliveredTo } = await setUp("ana", ["/plan ter qui 19:00-21:00"]);
    const reminders = (await dayPreview(TUESDAY)).filter((i) => i.kind === "plan_reminder");
    expect(reminders).toEqual([
      expect.objectContaining({
        key: expect.stringMatching(/^plan_reminder:m\d+:2026-12-01T19:00$/),
        dueAt: sp(TUESDAY, "18:30").toISOString(),
        sendsAt: sp(TUESDAY, "18:30").toISOString(),
      }),
    ]);
    expect(reminders[0]?.text).toContain("your study block starts in 30 minutes: 19:00–21:00.");
    expect(reminders[0]?.text).toContain("Today's task:");

    await tickAt(scheduler, sp(TUESDAY, "18:29").toISOString());
    expect(deliveredTo().filter((t) => t.startsWith("⏰"))).toEqual([]);
    await tickAt(scheduler, sp(TUESDAY, "18:30").toISOString());
    await tickAt(scheduler, sp(TUESDAY, "18:31").toISOString());
    expect(deliveredTo().filter((t) => t.startsWith("⏰"))).toEqual([reminders[0]?.text]);
    // Wednesday has no block; Thursday's comes at 18:30 again (to a member still studying: see below).
    await bot.send("/checkin 1h", { as: "ana", at: sp("2026-12-02", "20:00").toISOString() });
    expect((await dayPreview("2026-12-02")).map((i) => i.kind)).not.toContain("plan_reminder");
    expect((await dayPreview("2026-12-03")).map((i) => i.kind)).toContain("plan_reminder");
  });

  it("GIVEN the if-then line, in Portuguese THEN the reminder carries the plan B", async () => {
    bot = await openBot(database);
    const scheduler = schedulerFor(bot, recordingSender());
    const pt = { as: "bia", at: MONDAY, locale: "pt-BR" } as const;
    await bot.send("/start 2026-11-30", pt);
    await bot.send("/plano ter 07:00-08:00", pt);
    await bot.send("/plano se eu acordar tarde então estudo 30 minutos no almoço", pt);
    const [reminder] = (await previewDue(scheduler, sp(TUESDAY, "00:00"), sp(TUESDAY, "23:59"))).filter(
      (i) => i.kind === "plan_reminder",
    );
    expect(reminder?.text).toContain("bia, seu bloco de estudo começa daqui a 30 minutos: 07:00–08:00.");
    expect(reminder?.text).toContain("Tarefa de hoje:");
    expect(reminder?.text).toContain(
      "Se eu acordar tarde, então estudo 30 minutos no almoço — é o seu plano B.",
    );
  });

  it("GIVEN a check-in earlier that day, or a rest day THEN no reminder; the next block's day still gets one", async () => {
    const { scheduler, dayPreview, deliveredTo } = await setUp("caio", ["/plan ter qua 19:00-21:00"]);
    await bot.send("/checkin 1h", { as: "caio", at: sp(TUESDAY, "07:00").toISOString() });
    expect((await dayPreview(TUESDAY)).map((i) => i.kind)).not.toContain("plan_reminder");
    await tickAt(scheduler, sp(TUESDAY, "18:30").toISOString());
    expect(deliveredTo().filter((t) => t.startsWith("⏰"))).toEqual([]);
    const [row] = await bot.db
      .select({ state: sends.state, detail: sends.detail })
      .from(sends)
      .where(eq(sends.slot, "plan"));
    expect(row).toEqual({ state: "skipped", detail: "checkedIn" });

    await bot.send("/rest", { as: "caio", at: sp("2026-12-02", "08:00").toISOString() });
    expect((await dayPreview("2026-12-02")).map((i) => i.kind)).not.toContain("plan_reminder");
  });

  it("GIVEN quiet hours over the reminder THEN it is dropped, not sent late; a pause drops it too", async () => {
    const { scheduler, dayPreview, deliveredTo } = await setUp("owl", [
      "/plan ter qua 19:00-21:00",
      "/quiet 18:00-19:00",
    ]);
    expect((await dayPreview(TUESDAY)).map((i) => i.kind)).not.toContain("plan_reminder");
    for (const time of ["18:30", "19:00", "19:05"]) await tickAt(scheduler, sp(TUESDAY, time).toISOString());
    expect(deliveredTo().filter((t) => t.startsWith("⏰"))).toEqual([]);

    await bot.send("/quiet off", { as: "owl", at: sp(TUESDAY, "20:00").toISOString() });
    expect((await dayPreview("2026-12-02")).map((i) => i.kind)).toContain("plan_reminder");
    await bot.send("/pause 2026-12-02", { as: "owl", at: sp(TUESDAY, "20:00").toISOString() });
    expect((await dayPreview("2026-12-02")).map((i) => i.kind)).not.toContain("plan_reminder");
  });

  it("GIVEN a member away three days or more THEN the coming-back word, not the old plan", async () => {
    const { dayPreview } = await setUp("gil", ["/plan qui 19:00-21:00"]);
    // Day 1 on Monday and no check-in since: Thursday is the third day away.
    expect((await dayPreview("2026-12-03")).map((i) => i.kind)).toEqual(["comeback"]);
  });

  it("GIVEN a changed plan THEN the reminder follows the new block", async () => {
    const { dayPreview } = await setUp("dora", ["/plan ter 19:00-21:00", "/plan ter 20:00-22:00"]);
    const reminders = (await dayPreview(TUESDAY)).filter((i) => i.kind === "plan_reminder");
    expect(reminders.map((r) => r.sendsAt)).toEqual([sp(TUESDAY, "19:30").toISOString()]);
    await bot.send("/plan off", { as: "dora", at: MONDAY });
    expect((await dayPreview(TUESDAY)).map((i) => i.kind)).not.toContain("plan_reminder");
  });

  it("GIVEN a block just after midnight THEN it is reminded the evening before, for its own day", async () => {
    const { dayPreview } = await setUp("nix", ["/plan qua 00:15-01:15"]);
    // A check-in on Tuesday does not count for Wednesday's block.
    await bot.send("/checkin 1h", { as: "nix", at: sp(TUESDAY, "10:00").toISOString() });
    const reminders = (await dayPreview(TUESDAY)).filter((i) => i.kind === "plan_reminder");
    expect(reminders).toEqual([
      expect.objectContaining({
        key: expect.stringMatching(/:2026-12-02T00:15$/),
        sendsAt: sp(TUESDAY, "23:45").toISOString(),
      }),
    ]);
  });

  it("GIVEN more than three messages in a day THEN the morning, the first reminder and the evening go; later reminders are dropped", async () => {
    const { scheduler, dayPreview, deliveredTo } = await setUp("eva", [
      "/plan ter 07:00-08:00; ter 12:00-13:00; ter 19:00-21:00",
    ]);
    // Monday's check-in makes a one-day streak: too short for the evening saver to speak up on Tuesday.
    await bot.send("/checkin 1h", { as: "eva", at: sp("2026-11-30", "15:00").toISOString() });
    const day = await dayPreview(TUESDAY);
    expect(day.map((i) => [i.kind, i.sendsAt])).toEqual([
      ["plan_reminder", sp(TUESDAY, "06:30").toISOString()],
      ["daily", sp(TUESDAY, "09:00").toISOString()],
    ]);
    for (const time of ["06:30", "09:00", "11:30", "18:30", "20:00"]) {
      await tickAt(scheduler, sp(TUESDAY, time).toISOString());
    }
    expect(deliveredTo()).toHaveLength(2);
    const dropped = await bot.db
      .select({ key: sends.key, detail: sends.detail })
      .from(sends)
      .where(and(eq(sends.slot, "plan"), eq(sends.state, "skipped")));
    expect(dropped.map((d) => [d.key.slice(-5), d.detail]).sort()).toEqual([
      ["12:00", "budget"],
      ["19:00", "budget"],
    ]);
  });

  it("GIVEN a member in Lisbon on the night clocks go forward THEN the reminder keeps the local time", async () => {
    bot = await openBot(database);
    const sender = recordingSender();
    const scheduler = schedulerFor(bot, sender);
    const at = { as: "rui", locale: "pt-BR" as const, at: "2027-03-22T10:00:00Z" };
    await bot.send("/fuso Lisboa", at);
    await bot.send("/start 2027-03-22", at);
    await bot.send("/plano sáb dom 10:00-12:00", at);
    await bot.send("/checkin 1h", { ...at, at: "2027-03-26T18:00:00Z" }); // Friday
    // Saturday 27 March, UTC+0: 09:30 local is 09:30 UTC. Sunday 28 March, UTC+1: 08:30 UTC.
    const reminders = (
      await previewDue(scheduler, new Date("2027-03-27T00:00:00Z"), new Date("2027-03-29T00:00:00Z"))
    ).filter((i) => i.kind === "plan_reminder");
    expect(reminders.map((r) => r.sendsAt)).toEqual(["2027-03-27T09:30:00.000Z", "2027-03-28T08:30:00.000Z"]);
    await tickAt(scheduler, "2027-03-28T08:29:00Z");
    await tickAt(scheduler, "2027-03-28T08:30:00Z");
    await tickAt(scheduler, "2027-03-28T09:30:00Z");
    const sunday = sender.delivered.filter((d) => d.message.text.startsWith("⏰"));
    expect(sunday).toHaveLength(1);
    expect(sunday[0]?.message.text).toContain("10:00–12:00");
  });
});
