// Milestones celebrated once in the group, with two bot processes on one database: the check-ins that reach
// them go through either process (one redelivered to both), and both schedulers tick the same minutes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CoreDeps, IncomingMessage } from "../../src/core/commands/context.js";
import { dispatch } from "../../src/core/dispatch.js";
import type { Locale } from "../../src/core/roadmap/types.js";
import { createGithubCheck } from "../../src/github/client.js";
import { runTick } from "../../src/scheduler/runTick.js";
import type { SchedulerDeps } from "../../src/scheduler/types.js";
import { type FakeGithub, startFakeGithub } from "../fakes/githubServer.js";
import { coreDepsFor } from "../support/coreDeps.js";
import { type OpenedDatabase, testDatabases } from "../support/databases.js";
import {
  leaseTimePasses,
  type RecordingSender,
  recordingSender,
  schedulerOver,
} from "../support/scheduler.js";

const DAY = 24 * 60 * 60_000;
/** Monday 23 November 2026, 12:00 in São Paulo. */
const MONDAY_NOON = Date.parse("2026-11-23T15:00:00Z");
const noonOf = (day: number) => new Date(MONDAY_NOON + day * DAY);

describe.each(testDatabases)("milestones on $name", (database) => {
  let handle: OpenedDatabase;
  let processes: CoreDeps[];
  let schedulers: SchedulerDeps[];
  let sender: RecordingSender;
  let github: FakeGithub;
  beforeAll(async () => {
    handle = await database.open();
    github = await startFakeGithub({ "ana/churn": { files: ["README.md"] } });
    const evidenceCheck = createGithubCheck({ apiUrl: github.url });
    processes = [
      await coreDepsFor(handle.db, [], { evidenceCheck }),
      await coreDepsFor(handle.db, [], { evidenceCheck }),
    ];
    sender = recordingSender();
    schedulers = processes.map((deps, i) => schedulerOver(deps, [sender], `process-${i}`));
  });
  afterAll(async () => {
    await handle.close();
    await github.close();
  });

  let events = 0;
  function say(
    process: number,
    who: string,
    text: string,
    at: Date,
    chat: IncomingMessage["chat"],
    options: { eventId?: string; locale?: Locale; admin?: boolean } = {},
  ) {
    events += 1;
    const deps = processes[process % processes.length];
    if (deps === undefined) throw new Error("no process");
    const user = {
      id: who,
      displayName: who,
      locale: options.locale ?? "en",
      isGroupAdmin: options.admin ?? false,
    };
    return dispatch(
      deps,
      { platform: "console", eventId: options.eventId ?? `e${events}`, user, chat, text },
      at,
    );
  }
  /** Both processes' schedulers, the same minute at once. */
  const tickBoth = (at: Date) => Promise.all(schedulers.map((s) => runTick(s, at)));
  const posts = (channel: string) =>
    sender.delivered.filter((d) => d.channel && d.to === channel).map((d) => d.message.text);

  it("GIVEN a 7-day streak reached through both processes THEN the group celebrates it once, in its language", async () => {
    const chat = { id: "g-streak", kind: "group" as const, title: "Turma de MLOps" };
    await say(0, "admin", "/setup America/Sao_Paulo sunday 20:00", noonOf(0), chat, {
      locale: "pt-BR",
      admin: true,
    });
    for (let day = 0; day < 6; day += 1) {
      await say(day, "ana", "/checkin 1h", noonOf(day), chat);
      await tickBoth(new Date(noonOf(day).getTime() + 60_000));
    }
    // The seventh day's check-in, delivered to both processes at once.
    await Promise.all([0, 1].map((p) => say(p, "ana", "/checkin 1h", noonOf(6), chat, { eventId: "day-7" })));
    await say(1, "ana", "/checkin 30m", new Date(noonOf(6).getTime() + 30_000), chat);
    await tickBoth(new Date(noonOf(6).getTime() + 60_000));
    await tickBoth(new Date(noonOf(6).getTime() + 2 * 60_000));

    expect(posts("g-streak").filter((text) => text.includes("ana"))).toEqual([
      "🔥 ana estudou 7 dias seguidos! Continua assim!",
    ]);
  });

  it("GIVEN 50 hours crossed THEN it is posted once; a member off the board is not celebrated", async () => {
    const chat = { id: "g-hours", kind: "group" as const, title: "Study group" };
    await say(0, "admin", "/setup America/Sao_Paulo sunday 20:00", noonOf(0), chat, { admin: true });
    await say(0, "bia", "/leaderboard-optout", noonOf(0), chat);
    for (let day = 0; day < 5; day += 1) {
      for (const who of ["caio", "bia"]) {
        await say(day, who, "/checkin 10h", noonOf(day), chat);
        await say(day + 1, who, "/checkin 10m", noonOf(day), chat);
      }
      await tickBoth(new Date(noonOf(day).getTime() + 60_000));
    }
    expect(posts("g-hours").filter((text) => text.includes("hours of study"))).toEqual([
      "🏆 caio has reached 50 hours of study. Well done!",
    ]);
    expect(posts("g-hours").some((text) => text.includes("bia"))).toBe(false);
  });

  it("GIVEN a deliverable verified on GitHub, and the process that claimed its post dead THEN it is posted once", async () => {
    const chat = { id: "g-deliverable", kind: "group" as const, title: "Study group" };
    await say(0, "admin", "/setup America/Sao_Paulo sunday 20:00", noonOf(0), chat, { admin: true });
    expect(await say(0, "ana", "/done p1 https://github.com/ana/churn", noonOf(1), chat)).toMatchObject({
      text: expect.stringContaining("✔ Verified"),
    });
    // Ticking it again (a new link, verified too) celebrates nothing new.
    await say(1, "ana", "/done p1 https://github.com/ana/churn/tree/main", noonOf(1), chat);

    // The first process claims the post and dies before sending it.
    const [first, second] = schedulers;
    if (first === undefined || second === undefined) throw new Error("no schedulers");
    const dying: SchedulerDeps = {
      ...first,
      schedule: {
        ...first.schedule,
        claimMany: async (slot, claims, meta) => {
          await first.schedule.claimMany(slot, claims, meta);
          throw new Error("killed");
        },
      },
    };
    const minute = new Date(noonOf(1).getTime() + 60_000);
    await expect(runTick(dying, minute)).rejects.toThrow("killed");
    await runTick(second, minute);
    expect(posts("g-deliverable")).toEqual([]);

    await leaseTimePasses(handle.db, 10 * 60_000);
    await tickBoth(new Date(minute.getTime() + 10 * 60_000));
    await tickBoth(new Date(minute.getTime() + 11 * 60_000));
    expect(posts("g-deliverable")).toEqual([
      "🎓 ana delivered portfolio project P1, verified on GitHub. Congratulations!",
    ]);
  });
});
