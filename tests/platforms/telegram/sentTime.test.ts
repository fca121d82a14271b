// A Telegram message counts from when it was sent (its `date`), not from when the bot got to it: the day,
// the week and a group's settings; a group's slow replies do not hold its next messages.
import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderChart } from "../../../src/charts/renderChart.js";
import { checkins, identities } from "../../../src/db/schema/index.js";
import { previewDue } from "../../../src/scheduler/preview.js";
import { runTick } from "../../../src/scheduler/runTick.js";
import type { SchedulerDeps } from "../../../src/scheduler/types.js";
import type { Call, FakeChat, FakeUser } from "../../fakes/telegramServer.js";
import { testDatabases } from "../../support/databases.js";
import { GROUP, privateChat, startRig, type TelegramRig } from "./support.js";

const user = (id: number, first_name: string): FakeUser => ({ id, first_name, language_code: "en" });
const isReplyTo = (chatId: number) => (call: Call) =>
  call.method === "sendMessage" && Number(call.params.chat_id) === chatId;

describe.each(testDatabases)("the time of a Telegram message on $name", (database) => {
  let rig: TelegramRig;
  // The bot's clock, moved by each test; a message's `date` is set apart from it.
  let clock = new Date("2026-11-29T23:00:00Z");
  beforeAll(async () => {
    rig = await startRig(database, { clock: () => clock });
  });
  afterAll(() => rig.close());

  function sentAt(from: FakeUser, chat: FakeChat, text: string, date: Date) {
    const update = rig.fake.textUpdate(from, chat, text);
    const message = update.message as Record<string, unknown> & { message_id: number };
    return { ...update, message: { ...message, date: date.getTime() / 1000 } };
  }

  async function daysOf(from: FakeUser) {
    const rows = await rig.handle.db
      .select({ localDate: checkins.localDate, recordedAt: checkins.recordedAt })
      .from(checkins)
      .innerJoin(identities, eq(identities.memberId, checkins.memberId))
      .where(and(eq(identities.platform, "telegram"), eq(identities.platformUserId, String(from.id))))
      .orderBy(asc(checkins.id));
    return rows;
  }

  it("GIVEN a check-in sent on Sunday 23:59:50 and handled after midnight THEN it counts for Sunday and Sunday's week", async () => {
    const ana = user(2001, "Ana");
    // Sunday 20:00 in São Paulo.
    clock = new Date("2026-11-29T23:00:00Z");
    await rig.say(ana, privateChat(ana), "/checkin 2h");

    clock = new Date("2026-11-30T03:00:20Z");
    const late = sentAt(ana, privateChat(ana), "/checkin 1h", new Date("2026-11-30T02:59:50Z"));
    const reply = await rig.deliver(late, ana.id);
    expect(reply.text).toContain("✅ Logged 1h.");
    expect(reply.text).toContain("This week: 3h of 20h");

    // Sent after midnight: Monday, a new week.
    const monday = sentAt(ana, privateChat(ana), "/checkin 30m", new Date("2026-11-30T03:00:10Z"));
    expect((await rig.deliver(monday, ana.id)).text).toContain("This week: 30min of 20h");
    expect(await daysOf(ana)).toEqual([
      { localDate: "2026-11-29", recordedAt: new Date("2026-11-29T23:00:00Z") },
      { localDate: "2026-11-29", recordedAt: new Date("2026-11-30T02:59:50Z") },
      { localDate: "2026-11-30", recordedAt: new Date("2026-11-30T03:00:10Z") },
    ]);
  });

  it("GIVEN a message first delivered hours after it was sent THEN it counts from when the bot got it", async () => {
    const bia = user(2002, "Bia");
    // Monday 06:00 in São Paulo; the message says Sunday 23:50, more than 3 hours before.
    clock = new Date("2026-11-30T09:00:00Z");
    const stale = sentAt(bia, privateChat(bia), "/checkin 45m", new Date("2026-11-30T02:50:00Z"));
    expect((await rig.deliver(stale, bia.id)).text).toContain("This week: 45min of 20h");
    expect(await daysOf(bia)).toEqual([{ localDate: "2026-11-30", recordedAt: clock }]);
  });

  it("GIVEN /setup sent at 19:59:30 on Sunday and handled after 20:00 THEN that evening's summary is still due, and posted", async () => {
    const admin = user(2003, "Caio");
    rig.fake.setMemberStatus(GROUP.id, admin.id, "administrator");
    clock = new Date("2026-11-29T23:00:30Z");
    const setup = sentAt(admin, GROUP, "/setup", new Date("2026-11-29T22:59:30Z"));
    expect((await rig.deliver(setup, GROUP.id)).text).toContain("the weekly summary will be posted here");

    const due = await previewDue(
      rig.deps,
      new Date("2026-11-29T22:00:00Z"),
      new Date("2026-11-30T00:00:00Z"),
    );
    const summary = due.find((item) => item.kind === "group_summary" && item.to === String(GROUP.id));
    expect(summary?.dueAt).toBe("2026-11-29T23:00:00.000Z");
    const scheduler: SchedulerDeps = {
      ...rig.deps,
      senders: new Map([["telegram", rig.adapter]]),
      renderChart: (chart) => ({ png: renderChart(chart), filename: "summary.png", alt: chart.alt }),
      instance: "test",
      log: { error: (details) => rig.errors.push(details), info: () => {} },
    };
    await runTick(scheduler, new Date("2026-11-29T23:01:00Z"));
    await rig.fake.waitFor(
      (call) =>
        (call.method === "sendPhoto" || call.method === "sendMessage") &&
        Number(call.params.chat_id) === GROUP.id &&
        String(call.params.caption ?? call.params.text).includes("MLOps turma 1"),
    );
  });

  it("GIVEN 25 members checking in within 5 s while the group's replies are held back THEN all 25 are recorded at once, as sent, and answered in order", async () => {
    clock = new Date("2026-11-30T15:00:10Z");
    const start = new Date("2026-11-30T15:00:00Z").getTime();
    const members = Array.from({ length: 25 }, (_, i) => user(3000 + i, `Member ${i}`));
    const before = rig.fake.calls.filter(isReplyTo(GROUP.id)).length;
    const release = rig.fake.hold(isReplyTo(GROUP.id));
    try {
      const updates = members.map((member, i) =>
        sentAt(member, GROUP, "/checkin 1h", new Date(start + Math.floor((i * 5) / 24) * 1000)),
      );
      for (const update of updates) rig.fake.push(update);
      // The first reply reaches Telegram, which holds it; the check-ins behind it are recorded meanwhile.
      await rig.fake.waitFor(isReplyTo(GROUP.id), before + 1);
      const recorded = async () => (await Promise.all(members.map(daysOf))).flat();
      await expect.poll(async () => (await recorded()).length).toBe(25);
      const times = (await recorded()).map((row) => row.recordedAt.getTime());
      expect(Math.max(...times) - Math.min(...times)).toBeLessThanOrEqual(5000);
      // The other replies wait their turn behind the held one.
      expect(rig.fake.calls.filter(isReplyTo(GROUP.id))).toHaveLength(before + 1);

      release();
      const replies = (await rig.fake.waitFor(isReplyTo(GROUP.id), before + 25)).slice(before);
      const answered = replies.map(
        (call) => (call.params.reply_parameters as { message_id: number } | undefined)?.message_id,
      );
      expect(answered).toEqual(updates.map((update) => update.message.message_id));
    } finally {
      release();
    }
    expect(rig.errors).toEqual([]);
  });
});
