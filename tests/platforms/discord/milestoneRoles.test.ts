// Milestone roles on Discord: a role chosen in /setup is given with the milestone's post; without Manage
// Roles Discord refuses it, and the member just has no role — the post stands, and nobody sees an error.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runTick } from "../../../src/scheduler/runTick.js";
import { CHANNELS } from "../../fakes/discord/fakeDiscord.js";
import { ADMIN_PERMISSIONS, GUILD_ID, OPTION, slashCommand } from "../../fakes/discord/interactions.js";
import { sharedDatabase, testDatabases } from "../../support/databases.js";
import { type Harness, NOW, openHarness } from "./harness.js";

const ANA = "600000000000000001";
const ROLE = "700000000000000007";
const DAY = 24 * 60 * 60_000;
const ROLE_PATH = `/guilds/${GUILD_ID}/members/${ANA}/roles/${ROLE}`;

describe.each(testDatabases)("milestone roles on Discord on $name", (database) => {
  const testDatabase = sharedDatabase(database);
  let h: Harness;
  beforeEach(async () => {
    h = await openHarness(testDatabase);
  });
  afterEach(() => h.close());

  async function answer(interaction: ReturnType<typeof slashCommand>) {
    await h.fake.dispatch("INTERACTION_CREATE", interaction);
    return h.fake.answerTo(interaction.id);
  }

  /** /setup with a role for 7 days, six days of study before today, and today's check-in: a 7-day streak. */
  async function reachSevenDays() {
    const done = await answer(
      slashCommand(
        "setup",
        [
          { name: "channel", type: OPTION.channel, value: CHANNELS.summary },
          { name: "role-7-days", type: OPTION.role, value: ROLE },
        ],
        { permissions: ADMIN_PERMISSIONS },
      ),
    );
    expect(done.content).toContain("🏅 Milestone role saved");
    const ana = await h.deps.store.ensureMember(
      { platform: "discord", platformUserId: ANA, displayName: "Ana" },
      { timezone: "America/Sao_Paulo" },
    );
    for (let back = 6; back >= 1; back -= 1) {
      const day = new Date(NOW.getTime() - back * DAY).toISOString().slice(0, 10);
      const window = { weekFrom: day, weekTo: day, activeUntil: day, activeLimit: 10 };
      const checkin = {
        memberId: ana.id,
        minutes: 60,
        localDate: day,
        note: null,
        platform: "discord" as const,
      };
      await h.deps.store.recordCheckin(
        { ...checkin, recordedAt: NOW, eventId: `seed-${back}` },
        1440,
        window,
      );
    }
    const logged = await answer(
      slashCommand("checkin", [{ name: "hours", type: OPTION.string, value: "1h" }]),
    );
    expect(logged.content).toContain("Logged 1h");
  }

  const posts = () =>
    h.fake.state.messages.filter((m) => m.channelId === CHANNELS.summary).map((m) => m.content);

  it("GIVEN a role for 7 days THEN Ana's 7-day streak is posted once and she gets the role", async () => {
    const adapter = await h.startAdapter();
    await reachSevenDays();
    await runTick(h.schedulerWith(adapter), new Date(NOW.getTime() + 60_000));
    await runTick(h.schedulerWith(adapter), new Date(NOW.getTime() + 2 * 60_000));
    expect(posts()).toEqual(["🔥 Ana has studied 7 days in a row! Keep it going!"]);
    expect(h.fake.state.requests.filter((r) => r.method === "PUT" && r.path === ROLE_PATH)).toHaveLength(1);
    expect(h.errors).toEqual([]);
  });

  it("GIVEN the bot without Manage Roles THEN the post still goes out, with no error to anyone", async () => {
    const adapter = await h.startAdapter();
    await reachSevenDays();
    h.fake.failOnce({
      method: "PUT",
      path: /\/roles\//,
      status: 403,
      body: { message: "Missing Permissions", code: 50013 },
    });
    const report = await runTick(h.schedulerWith(adapter), new Date(NOW.getTime() + 60_000));
    expect(report).toMatchObject({ sent: 1, failed: 0 });
    expect(h.fake.state.requests.filter((r) => r.path === ROLE_PATH).map((r) => r.status)).toEqual([403]);
    expect(posts()).toEqual(["🔥 Ana has studied 7 days in a row! Keep it going!"]);
    expect(h.errors).toEqual([]);
  });
});
