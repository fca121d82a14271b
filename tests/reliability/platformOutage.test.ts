// One platform unreachable for minutes while two instances tick: every other platform's sends go out on
// time, none twice, and the stalled ones go out exactly once after the platform is back.
import { REST } from "discord.js";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it, vi } from "vitest";
import type { CoreDeps } from "../../src/core/commands/context.js";
import { dispatch } from "../../src/core/dispatch.js";
import type { Platform } from "../../src/core/ports.js";
import { sends } from "../../src/db/schema/index.js";
import { createDiscordSender } from "../../src/platforms/discord/sender.js";
import { createBot } from "../../src/platforms/telegram/createBot.js";
import { createTelegramSender } from "../../src/platforms/telegram/sender.js";
import type { DispatchedTick } from "../../src/scheduler/runTick.js";
import { createScheduler, type Scheduler } from "../../src/scheduler/startScheduler.js";
import { startFakeDiscord } from "../fakes/discord/fakeDiscord.js";
import { startFakeTelegram } from "../fakes/telegramServer.js";
import { coreDepsFor } from "../support/coreDeps.js";
import { testDatabases } from "../support/databases.js";
import { leaseTimePasses, manualTimers, recordingSender, schedulerOver } from "../support/scheduler.js";
import { printSummary, summary } from "./summary.js";

const TOKEN = "123456:TEST-token-for-the-fake-server";
const NO_SPACING = { global: {}, group: {}, out: {} };
/** Sunday 29 November 2026, 09:00 in São Paulo: the first minute anything is due. */
const NINE = Date.parse("2026-11-29T12:00:00Z");
const MINUTE = 60_000;
/** Telegram holds every request unanswered for the first five minutes, then is back. */
const HANGS_FROM = 0;
const BACK_AT = 5;
const LAST_MINUTE = 16;
const PER_PLATFORM = 6;

interface Member {
  platform: Platform;
  userId: string;
  /** Minutes after 09:00 the member's daily nudge is due. */
  dueMinute: number;
}

async function seed(core: CoreDeps, members: Member[]): Promise<void> {
  const at = new Date("2026-11-28T15:00:00Z");
  for (const [i, m] of members.entries()) {
    for (const text of ["/start", `/remind 09:0${m.dueMinute}`]) {
      await dispatch(
        core,
        {
          platform: m.platform,
          eventId: `seed-${i}-${text}`,
          user: { id: m.userId, displayName: `member ${m.userId}` },
          chat: { id: m.userId, kind: "private" },
          text,
        },
        at,
      );
    }
  }
}

describe.each(testDatabases)("platform outage on $name", (database) => {
  afterAll(() => printSummary(`platform outage on ${database.name}`));

  it("GIVEN Telegram not answering for five minutes while two instances tick THEN Discord and the console on time, nothing twice, Telegram's sends once after", async () => {
    const handle = await database.open();
    const telegramApi = await startFakeTelegram();
    const discordApi = await startFakeDiscord();
    const errors: unknown[] = [];
    try {
      const core = await coreDepsFor(handle.db, errors);
      const members: Member[] = [];
      for (let i = 0; i < PER_PLATFORM; i += 1) {
        members.push({ platform: "telegram", userId: String(5000 + i), dueMinute: Math.floor(i / 2) });
        members.push({ platform: "discord", userId: String(600000000000000100n + BigInt(i)), dueMinute: i });
        members.push({ platform: "console", userId: `c${i}`, dueMinute: i });
      }
      await seed(core, members);

      const consoleSender = recordingSender();
      const timers = manualTimers();
      let now = new Date(NINE);
      const instances: Scheduler[] = ["a", "b"].map((name) => {
        const telegram = createTelegramSender(
          createBot({ token: TOKEN, apiRoot: telegramApi.url, throttle: NO_SPACING }).api,
        );
        const discord = createDiscordSender(new REST({ api: discordApi.apiUrl }).setToken("fake-token"));
        const deps = schedulerOver(core, [telegram, discord, consoleSender], name, errors);
        return createScheduler({ ...deps, timers }, () => now);
      });

      // The DM channel the fake opens for each Discord member (the bot is given the same one).
      const dmChannels = new Map<string, string>();
      for (const m of members.filter((m) => m.platform === "discord")) {
        const opened = await fetch(`${discordApi.apiUrl}/v10/users/@me/channels`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ recipient_id: m.userId }),
        });
        dmChannels.set(m.userId, ((await opened.json()) as { id: string }).id);
      }
      // What each platform's server received, per member: the received-message logs.
      const delivered = (m: Member) => {
        if (m.platform === "telegram") {
          return telegramApi.calls.filter(
            (c) => c.method === "sendMessage" && String(c.params.chat_id) === m.userId,
          ).length;
        }
        if (m.platform === "discord") {
          return discordApi.state.messages.filter((p) => p.channelId === dmChannels.get(m.userId)).length;
        }
        return consoleSender.delivered.filter((d) => d.to === m.userId).length;
      };

      const ticks: DispatchedTick[] = [];
      /**
       * Until every send handed out has settled or is stuck in a request Telegram does not answer: only then
       * may time move on, as it would for sends that take real time to make.
       */
      const settledOrStuck = () =>
        vi.waitFor(() => expect(ticks.reduce((n, t) => n + t.pending(), 0)).toBe(telegramApi.held()), {
          timeout: 30_000,
        });
      for (let minute = 0; minute <= LAST_MINUTE; minute += 1) {
        now = new Date(NINE + minute * MINUTE);
        if (minute === HANGS_FROM) telegramApi.outage("hang");
        if (minute === BACK_AT) {
          await settledOrStuck();
          telegramApi.outage(null);
        }
        // Both instances tick the same minute, one or the other first.
        const order = minute % 2 === 0 ? instances : [...instances].reverse();
        ticks.push(...(await Promise.all(order.map((i) => i.tick(now)))));

        // On time: whatever Discord and the console had due this minute arrives in it, Telegram or not.
        const dueNow = members.filter((m) => m.platform !== "telegram" && m.dueMinute === minute);
        await vi.waitFor(
          () => {
            for (const m of dueNow) expect(delivered(m), `${m.platform} ${m.userId}`).toBe(1);
          },
          { timeout: 30_000 },
        );
        if (minute === HANGS_FROM) {
          // Meanwhile Telegram's two sends of 09:00 are stuck in requests it does not answer.
          await vi.waitFor(() => expect(telegramApi.held()).toBe(2), { timeout: 30_000 });
        }

        // A minute passes, for the instances' timers (deadlines, renewals) and for the database's leases.
        await settledOrStuck();
        await timers.advance(MINUTE);
        await leaseTimePasses(handle.db, MINUTE);
      }
      for (const instance of instances) await instance.stop();
      await Promise.all(ticks.map((t) => t.delivered));

      summary.faultsInjected += 1;
      summary.sendsChecked += members.length;
      for (const m of members) {
        summary.duplicates += Math.max(0, delivered(m) - 1);
        if (delivered(m) === 0) summary.losses += 1;
      }
      expect(members.map((m) => [m.platform, m.userId, delivered(m)])).toEqual(
        members.map((m) => [m.platform, m.userId, 1]),
      );
      const rows = await handle.db
        .select({ key: sends.key, state: sends.state, attempts: sends.attempts })
        .from(sends)
        .where(eq(sends.kind, "daily"));
      expect(rows).toHaveLength(members.length);
      expect(rows.filter((r) => r.state !== "sent")).toEqual([]);
      // Telegram's, and only those, needed more than one try.
      expect(rows.filter((r) => r.attempts > 0)).toHaveLength(PER_PLATFORM);
      expect(errors).toEqual([]);
    } finally {
      await telegramApi.close();
      await discordApi.close();
      await handle.close();
    }
  });
});
