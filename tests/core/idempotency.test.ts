// Every command that changes data runs once per platform event: a redelivered update (Telegram retries an
// update it thinks went unanswered) replies as the first time did and changes nothing, however late it comes.
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Capabilities, IncomingMessage } from "../../src/core/commands/context.js";
import { rawRows } from "../../src/db/rawRows.js";
import { checkins, groups, members } from "../../src/db/schema/index.js";
import { openBot, type TestBot } from "../support/bot.js";
import { testDatabases } from "../support/databases.js";

/** A platform with private replies in groups, as Discord has. */
const SERVER: Capabilities = { privateReplies: true, forms: false };

const AT = "2026-11-28T15:00:00Z";
const LATER = "2026-11-28T15:05:00Z";

describe.each(testDatabases)("redelivered events on $name", (database) => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await openBot(database);
  });
  afterAll(() => bot.close());

  const minutesOf = async (name: string) =>
    (
      await bot.db
        .select({ minutes: checkins.minutes })
        .from(checkins)
        .innerJoin(members, eq(members.id, checkins.memberId))
        .where(eq(members.displayName, name))
        .orderBy(checkins.id)
    ).map((r) => r.minutes);

  it("GIVEN the same /undo event twice THEN one check-in removed, and the same reply both times", async () => {
    const as = "undo-twice";
    await bot.send("/checkin 1h", { as, at: AT });
    await bot.send("/checkin 2h", { as, at: AT });
    await bot.send("/checkin 3h", { as, at: AT });
    const first = await bot.send("/undo", { as, at: AT, eventId: "undo-1" });
    expect(first).toContain("↩️ Removed 3h from Sat 28 Nov");
    expect(await bot.send("/undo", { as, at: AT, eventId: "undo-1" })).toBe(first);
    expect(await minutesOf(as)).toEqual([60, 120]);
    // A new /undo is a new event: it does remove the next one.
    expect(await bot.send("/undo", { as, at: AT, eventId: "undo-2" })).toContain("Removed 2h");
    expect(await minutesOf(as)).toEqual([60]);
  });

  it("GIVEN /undo redelivered after a new check-in THEN the new check-in stays", async () => {
    const as = "undo-late";
    await bot.send("/checkin 1h", { as, at: AT });
    await bot.send("/undo", { as, at: AT, eventId: "undo-late-1" });
    await bot.send("/checkin 45m", { as, at: LATER });
    await bot.send("/undo", { as, at: LATER, eventId: "undo-late-1" });
    expect(await minutesOf(as)).toEqual([45]);
  });

  it("GIVEN /forget redelivered after the member came back THEN what they logged since stays", async () => {
    const as = "forgetful";
    await bot.send("/checkin 1h", { as, at: AT });
    const done = await bot.send("/forget yes", { as, at: AT, eventId: "forget-1" });
    expect(done).toContain("deleted");
    await bot.send("/checkin 2h", { as, at: LATER });
    expect(await bot.send("/forget yes", { as, at: LATER, eventId: "forget-1" })).toBe(done);
    expect(await minutesOf(as)).toEqual([120]);
  });

  it("GIVEN /language and /setup redelivered after a later change THEN the later choice stands", async () => {
    const as = "chooser";
    const portuguese = await bot.send("/language pt", { as, at: AT, eventId: "lang-1" });
    await bot.send("/language en", { as, at: AT, eventId: "lang-2" });
    expect(await bot.send("/language pt", { as, at: LATER, eventId: "lang-1" })).toBe(portuguese);
    expect(await bot.send("/progress", { as, at: LATER })).toContain("This week");

    const chat: IncomingMessage["chat"] = {
      id: "setup-chat",
      kind: "group",
      title: "g",
    };
    const admin = { as: "admin", admin: true, chat, capabilities: SERVER };
    await bot.send("/setup public", { ...admin, at: AT, eventId: "setup-1" });
    await bot.send("/setup private", { ...admin, at: AT, eventId: "setup-2" });
    await bot.send("/setup public", { ...admin, at: LATER, eventId: "setup-1" });
    const [group] = await bot.db
      .select({ publicCheckins: groups.publicCheckins })
      .from(groups)
      .where(eq(groups.chatId, "setup-chat"));
    expect(group?.publicCheckins).toBe(false);
  });

  it("GIVEN the same /remind and /pause events twice THEN one change each, answered alike", async () => {
    const as = "planner";
    const remind = await bot.send("/remind 07:30", { as, at: AT, eventId: "remind-1" });
    await bot.send("/remind 08:00", { as, at: AT, eventId: "remind-2" });
    expect(await bot.send("/remind 07:30", { as, at: LATER, eventId: "remind-1" })).toBe(remind);
    expect(await bot.send("/remind", { as, at: LATER })).toContain("08:00");

    const pause = await bot.send("/pause 3", { as, at: AT, eventId: "pause-1" });
    await bot.send("/resume", { as, at: AT, eventId: "resume-1" });
    expect(await bot.send("/pause 3", { as, at: LATER, eventId: "pause-1" })).toBe(pause);
    expect(await bot.send("/resume", { as, at: LATER })).toContain("not paused");
  });

  it("GIVEN /forget THEN the replies kept for its member's events go with them", async () => {
    const as = "private-notes";
    await bot.send("/checkin 1h secret-plan", { as, at: AT });
    await bot.send("/undo", { as, at: AT });
    const kept = async () =>
      (
        await rawRows<{ n: number }>(
          bot.db,
          sql`select count(*)::int as n from processed_events where reply_text like '%secret-plan%'`,
        )
      )[0]?.n;
    expect(await kept()).toBe(1);
    await bot.send("/forget yes", { as, at: AT });
    expect(await kept()).toBe(0);
  });
});
