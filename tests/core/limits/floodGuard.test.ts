// One member, or one busy group, cannot flood the bot: past the rate, one polite notice, then silence until
// the bucket refills; a change (a check-in) is never dropped in silence. The clock is moved by hand.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CoreDeps, IncomingMessage, Reply } from "../../../src/core/commands/context.js";
import { dispatch } from "../../../src/core/dispatch.js";
import { createFloodGuard } from "../../../src/core/limits/floodGuard.js";
import type { DatabaseHandle } from "../../../src/db/client.js";
import { checkins, members } from "../../../src/db/schema/index.js";
import { coreDepsFor } from "../../support/coreDeps.js";
import { testDatabases } from "../../support/databases.js";

const START = Date.parse("2026-11-28T15:00:00Z");
const NOTICE = "🐢 Easy there — that's a lot of commands at once. I'll answer again in 3 seconds.";

describe.each(testDatabases)("the flood guard on $name", (database) => {
  let handle: DatabaseHandle;
  let deps: CoreDeps;
  let events = 0;
  beforeAll(async () => {
    handle = await database.open();
    deps = { ...(await coreDepsFor(handle.db, [])), floodGuard: createFloodGuard() };
  });
  afterAll(() => handle.close());

  interface Sent {
    as: string;
    /** Seconds after START. */
    at: number;
    chat?: string;
    eventId?: string;
    locale?: string;
  }
  function send(
    text: string,
    { as, at, chat = "busy-group", eventId, locale = "en" }: Sent,
  ): Promise<Reply | null> {
    events += 1;
    const where: IncomingMessage["chat"] =
      chat === "private" ? { id: `dm-${as}`, kind: "private" } : { id: chat, kind: "group", title: chat };
    return dispatch(
      deps,
      {
        platform: "telegram",
        eventId: eventId ?? `flood-${events}`,
        user: { id: as, displayName: as, locale },
        chat: where,
        text,
      },
      new Date(START + at * 1000),
    );
  }
  const minutesOf = async (name: string) =>
    (
      await handle.db
        .select({ minutes: checkins.minutes })
        .from(checkins)
        .innerJoin(members, eq(members.id, checkins.memberId))
        .where(eq(members.displayName, name))
    ).map((r) => r.minutes);

  it("GIVEN 25 /help at once THEN five answers, one notice, then silence; another member's check-in is answered at once", async () => {
    const replies = await Promise.all(
      Array.from({ length: 25 }, () => send("/help", { as: "flooder", at: 0 })),
    );
    expect(
      replies.filter((r) => r?.text.includes("/checkin <time> [note]") && r.silent === undefined),
    ).toHaveLength(5);
    expect(replies.filter((r) => r?.text === NOTICE && r.silent === undefined)).toHaveLength(1);
    expect(replies.filter((r) => r?.silent === true)).toHaveLength(19);

    const other = await send("/checkin 2h", { as: "bystander", at: 0 });
    expect(other?.text).toContain("✅ Logged 2h");
    expect(await minutesOf("bystander")).toEqual([120]);

    // One token back every 3 s: an answer, and no second notice within the same burst.
    expect((await send("/help", { as: "flooder", at: 3 }))?.silent).toBeUndefined();
    expect((await send("/help", { as: "flooder", at: 3 }))?.silent).toBe(true);
    // Once the bucket is full again, a new burst gets its own notice.
    for (let i = 0; i < 5; i++) await send("/help", { as: "flooder", at: 20 });
    expect(await send("/help", { as: "flooder", at: 20 })).toEqual({ text: NOTICE });
  });

  it("GIVEN a check-in past the member's rate THEN told it was not recorded and when to resend; resent then, it counts", async () => {
    for (let i = 0; i < 5; i++) await send("/progress", { as: "eager", at: 100 });
    const refused = await send("/checkin 1h30 pandas", { as: "eager", at: 100 });
    expect(refused).toEqual({
      text: "⏳ Not recorded: too many commands at once. Send /checkin again in 3 seconds.",
    });
    expect(await send("/desfazer", { as: "eager", at: 101, locale: "pt-BR" })).toEqual({
      text: "⏳ Não registrei: foram muitos comandos de uma vez. Mande /desfazer de novo daqui a 2 segundos.",
    });
    expect(await minutesOf("eager")).toEqual([]);
    expect((await send("/checkin 1h30 pandas", { as: "eager", at: 103 }))?.text).toContain("✅ Logged 1h30");
    expect(await minutesOf("eager")).toEqual([90]);
  });

  it("GIVEN a recorded check-in redelivered in a flood THEN it is answered truthfully, as already counted", async () => {
    expect((await send("/checkin 1h", { as: "replayed", at: 200, eventId: "update-7" }))?.text).toContain(
      "Logged 1h",
    );
    for (let i = 0; i < 6; i++) await send("/help", { as: "replayed", at: 200 });
    expect(await send("/checkin 1h", { as: "replayed", at: 200, eventId: "update-7" })).toEqual({
      text: "That check-in was already counted.",
    });
    expect(await minutesOf("replayed")).toEqual([60]);
  });

  it("GIVEN 25 members each sending one command to one group at once THEN 20 answered, one notice; their private chats are not held", async () => {
    const replies = await Promise.all(
      Array.from({ length: 25 }, (_, i) => send("/help", { as: `crowd-${i}`, at: 300, chat: "crowded" })),
    );
    expect(replies.filter((r) => r?.text.includes("/checkin <time> [note]"))).toHaveLength(20);
    expect(replies.filter((r) => r?.text.startsWith("🐢") && r.silent === undefined)).toHaveLength(1);
    expect(replies.filter((r) => r?.silent === true)).toHaveLength(4);
    expect((await send("/checkin 45m", { as: "crowd-24", at: 300, chat: "private" }))?.text).toContain(
      "Logged 45min",
    );
    expect((await send("/help", { as: "crowd-24", at: 301, chat: "crowded" }))?.text).toContain(
      "/checkin <time>",
    );
  });

  it("GIVEN plain conversation in a group THEN nothing is counted against anyone", async () => {
    for (let i = 0; i < 30; i++) expect(await send("just chatting", { as: "talker", at: 400 })).toBeNull();
    expect((await send("/help", { as: "talker", at: 400 }))?.silent).toBeUndefined();
  });
});
