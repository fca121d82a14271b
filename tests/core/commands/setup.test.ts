// /setup writes the group's settings and the summary's next time together, or neither.
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Capabilities, IncomingMessage } from "../../../src/core/commands/context.js";
import { groups } from "../../../src/db/schema/index.js";
import { openBot, type TestBot } from "../../support/bot.js";
import { testDatabases } from "../../support/databases.js";

/** A platform with private replies in groups, as Discord has. */
const SERVER: Capabilities = { privateReplies: true, forms: false };

const AT = "2026-11-28T15:00:00Z";
const chat: IncomingMessage["chat"] = {
  id: "fragile",
  kind: "group",
  title: "Fragile",
};

describe.each(testDatabases)("/setup under a fault on $name", (database) => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await openBot(database);
  });
  afterAll(() => bot.close());

  const settings = async () =>
    (
      await bot.db
        .select({
          publicCheckins: groups.publicCheckins,
          summaryChannelId: groups.summaryChannelId,
          summaryTime: groups.summaryTime,
          nextSummaryAt: groups.nextSummaryAt,
        })
        .from(groups)
        .where(eq(groups.chatId, "fragile"))
    )[0];

  it("GIVEN the database fails on the summary's next time THEN nothing changed, the admin is told so, and a redelivery succeeds", async () => {
    await bot.send("/join", { as: "bia", at: AT, chat, capabilities: SERVER });
    const before = await settings();
    expect(before).toEqual({
      publicCheckins: false,
      summaryChannelId: null,
      summaryTime: "20:00",
      nextSummaryAt: null,
    });

    // A fault the second write alone meets: the settings statement leaves next_summary_at as it is.
    await bot.db.execute(sql`
      create function fail_summary_pointer() returns trigger language plpgsql as $$
      begin raise exception 'injected fault'; end $$`);
    await bot.db.execute(sql`
      create trigger fail_summary_pointer before update on groups for each row
      when (new.next_summary_at is distinct from old.next_summary_at)
      execute function fail_summary_pointer()`);
    const admin = {
      as: "admin",
      admin: true,
      chat,
      capabilities: SERVER,
      at: AT,
      eventId: "setup-under-fault",
    };
    expect(await bot.send("/setup public sunday 19:00", admin)).toBe(
      "Something went wrong on my side and nothing was saved. Please try again in a moment.",
    );
    expect(await settings()).toEqual(before);
    expect(bot.errors).toHaveLength(1);

    await bot.db.execute(sql`drop trigger fail_summary_pointer on groups`);
    expect(await bot.send("/setup public sunday 19:00", admin)).toContain("every Sunday at 19:00");
    expect(await settings()).toEqual({
      publicCheckins: true,
      summaryChannelId: "fragile",
      summaryTime: "19:00",
      nextSummaryAt: new Date("2026-11-29T22:00:00Z"),
    });
  });
});
