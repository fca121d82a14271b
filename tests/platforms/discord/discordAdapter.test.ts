// The Discord adapter end to end: the real discord.js client against the fake Discord, on each database.
import { GatewayIntentBits } from "discord.js";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { COMMANDS } from "../../../src/core/commands/index.js";
import { checkins, identities } from "../../../src/db/schema/index.js";
import { runTick } from "../../../src/scheduler/runTick.js";
import {
  ADMIN_PERMISSIONS,
  autocomplete,
  GUILD_ID,
  modalSubmit,
  OPTION,
  slashCommand,
} from "../../fakes/discord/interactions.js";
import { sharedDatabase, testDatabases } from "../../support/databases.js";
import { type Harness, openHarness, TOKEN } from "./harness.js";

const hours = (value: string) => ({ name: "hours", type: OPTION.string, value });
const STUDY_CHANNEL = "500000000000000002";
const setupOptions = [
  { name: "channel", type: OPTION.channel, value: STUDY_CHANNEL },
  { name: "timezone", type: OPTION.string, value: "America/Sao_Paulo" },
  { name: "day", type: OPTION.string, value: "sunday" },
  { name: "time", type: OPTION.string, value: "20:00" },
];
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

async function checkinRows(h: Harness) {
  return h.database.db
    .select({ minutes: checkins.minutes, eventId: checkins.eventId, note: checkins.note })
    .from(checkins)
    .innerJoin(identities, eq(identities.memberId, checkins.memberId))
    .where(eq(identities.platform, "discord"));
}

describe.each(testDatabases)("Discord adapter on $name", (database) => {
  // One database for the file, emptied for each test: opening one per test is what took the time.
  const testDatabase = sharedDatabase(database);
  let h: Harness;
  beforeEach(async () => {
    h = await openHarness(testDatabase);
  });
  afterEach(async () => {
    await h.close();
    // The token is a secret: it never reaches the logs.
    expect(h.logs.join("")).not.toContain(TOKEN);
  });

  it("GIVEN two restarts with the same definitions THEN the commands are registered once, with pt-BR texts", async () => {
    const first = await h.startAdapter();
    expect(first.connected()).toBe(true);
    await first.stop();
    const second = await h.startAdapter();
    expect(second.connected()).toBe(true);
    await second.stop();
    await h.startAdapter();

    expect(h.fake.state.identifies).toHaveLength(3);
    expect(h.fake.state.commandRegistrations).toHaveLength(1);
    const [registration] = h.fake.state.commandRegistrations;
    expect(registration?.path).toBe("/applications/100000000000000001/commands");
    const body = registration?.body as Array<Record<string, unknown>>;
    // Every slash command the catalog names, in its order.
    expect(body.map((c) => c.name)).toEqual(COMMANDS.map((command) => command.name));
    const progress = body.find((c) => c.name === "progress");
    expect(progress?.name_localizations).toEqual({ "pt-BR": "progresso" });
    expect(body.find((c) => c.name === "setup")?.default_member_permissions).toBe("32");
  });

  it("GIVEN DISCORD_GUILD_ID THEN the commands go to that server, once", async () => {
    await (await h.startAdapter({ guildId: GUILD_ID })).stop();
    await h.startAdapter({ guildId: GUILD_ID });
    expect(h.fake.state.commandRegistrations.map((r) => r.path)).toEqual([
      `/applications/100000000000000001/guilds/${GUILD_ID}/commands`,
    ]);
  });

  it("GIVEN a connection THEN it identified with the Guilds intent only", async () => {
    await h.startAdapter();
    expect(h.fake.state.identifies).toEqual([{ intents: GatewayIntentBits.Guilds }]);
  });

  it("GIVEN /checkin hours:3h in a server THEN an ephemeral confirmation and one row keyed by the interaction", async () => {
    await h.startAdapter();
    const interaction = slashCommand("checkin", [
      hours("3h"),
      { name: "note", type: OPTION.string, value: "pandas" },
    ]);
    await h.fake.dispatch("INTERACTION_CREATE", interaction);
    const answer = await h.fake.answerTo(interaction.id);
    expect(answer.type).toBe(4);
    expect(answer.ephemeral).toBe(true);
    expect(answer.content).toContain("Logged 3h — pandas");
    expect(await checkinRows(h)).toEqual([{ minutes: 180, eventId: interaction.id, note: "pandas" }]);
    expect(h.errors).toEqual([]);
  });

  it("GIVEN bad input THEN an ephemeral error and nothing saved", async () => {
    await h.startAdapter();
    const interaction = slashCommand("checkin", [hours("lots")]);
    await h.fake.dispatch("INTERACTION_CREATE", interaction);
    const answer = await h.fake.answerTo(interaction.id);
    expect(answer.ephemeral).toBe(true);
    expect(answer.content).toContain("couldn't read “lots”");
    expect(await checkinRows(h)).toEqual([]);
  });

  it("GIVEN the same interaction delivered twice THEN it is counted once", async () => {
    await h.startAdapter();
    const interaction = slashCommand("checkin", [hours("2h")]);
    await h.fake.dispatch("INTERACTION_CREATE", interaction);
    await h.fake.dispatch("INTERACTION_CREATE", interaction);
    await h.fake.state.until(() => (h.fake.state.answers.length === 2 ? true : undefined));
    // Both deliveries are handled concurrently: either may be the one that counts.
    const contents = h.fake.state.answers.map((a) => String(a.data.content)).sort();
    expect(contents).toEqual(["That check-in was already counted.", expect.stringContaining("Logged 2h")]);
    expect(await checkinRows(h)).toHaveLength(1);
  });

  it("GIVEN a Portuguese client THEN the reply is in Portuguese", async () => {
    await h.startAdapter();
    const interaction = slashCommand("checkin", [hours("1h30")], { locale: "pt-BR" });
    await h.fake.dispatch("INTERACTION_CREATE", interaction);
    expect((await h.fake.answerTo(interaction.id)).content).toContain("Registrei 1h30");
  });

  it("GIVEN /language language:pt-BR THEN later replies are in Portuguese whatever the client's locale", async () => {
    await h.startAdapter();
    const choose = slashCommand("language", [{ name: "language", type: OPTION.string, value: "pt-BR" }]);
    await h.fake.dispatch("INTERACTION_CREATE", choose);
    await h.fake.answerTo(choose.id);
    const interaction = slashCommand("checkin", [hours("2h")], { locale: "en-US" });
    await h.fake.dispatch("INTERACTION_CREATE", interaction);
    expect((await h.fake.answerTo(interaction.id)).content).toContain("Registrei 2h");
  });

  it("GIVEN a command in a DM THEN a plain (not ephemeral) reply", async () => {
    await h.startAdapter();
    const interaction = slashCommand("progress", [], { guildId: null });
    await h.fake.dispatch("INTERACTION_CREATE", interaction);
    const answer = await h.fake.answerTo(interaction.id);
    expect(answer.ephemeral).toBe(false);
    expect(answer.text).toContain("This week: 0min of 20h");
  });

  it("GIVEN work slower than the deferral delay THEN a deferred reply, then the answer edited in", async () => {
    await h.startAdapter({ deferAfterMs: 0 });
    const interaction = slashCommand("checkin", [hours("45m")]);
    await h.fake.dispatch("INTERACTION_CREATE", interaction);
    const answer = await h.fake.answerTo(interaction.id);
    expect(answer.type).toBe(5);
    expect(answer.ephemeral).toBe(true);
    expect(answer.content).toContain("Logged 45min");
  });

  it("GIVEN /timezone autocomplete THEN matching IANA zones", async () => {
    await h.startAdapter();
    const interaction = autocomplete("timezone", [
      { name: "zone", type: OPTION.string, value: "lisb", focused: true },
    ]);
    await h.fake.dispatch("INTERACTION_CREATE", interaction);
    const answer = await h.fake.answerTo(interaction.id);
    expect(answer.type).toBe(8);
    expect(answer.data.choices).toEqual([{ name: "Europe/Lisbon", value: "Europe/Lisbon" }]);
    const written: Array<[string, string]> = [
      ["Lisboa", "Europe/Lisbon"],
      ["São P", "America/Sao_Paulo"],
    ];
    for (const [typed, zone] of written) {
      const again = autocomplete("timezone", [
        { name: "zone", type: OPTION.string, value: typed, focused: true },
      ]);
      await h.fake.dispatch("INTERACTION_CREATE", again);
      const first = await h.fake.answerTo(again.id);
      expect(first.data.choices, typed).toContainEqual({ name: zone, value: zone });
      expect((first.data.choices as unknown[])[0], typed).toEqual({ name: zone, value: zone });
    }
  });

  it("GIVEN a Portuguese client typing in /timezone, /checkin and /remind THEN its likely zones, durations and times", async () => {
    await h.startAdapter();
    const suggested = async (command: string, option: string, value: string) => {
      const interaction = autocomplete(
        command,
        [{ name: option, type: OPTION.string, value, focused: true }],
        {
          locale: "pt-BR",
        },
      );
      await h.fake.dispatch("INTERACTION_CREATE", interaction);
      const answer = await h.fake.answerTo(interaction.id);
      return (answer.data.choices as Array<{ value: string }>).map((c) => c.value);
    };
    expect((await suggested("timezone", "zone", "")).slice(0, 2)).toEqual([
      "America/Sao_Paulo",
      "America/Manaus",
    ]);
    expect((await suggested("timezone", "zone", "GMT-3"))[0]).toBe("America/Sao_Paulo");
    expect(await suggested("checkin", "hours", "2")).toEqual(["2h", "2h30", "20min", "2min"]);
    expect(await suggested("remind", "time", "8")).toEqual(["08:00", "08:15", "08:30", "08:45"]);
  });

  it("GIVEN /timezone zone:Europe/Lisbon THEN the member's zone is saved", async () => {
    await h.startAdapter();
    const interaction = slashCommand("timezone", [
      { name: "zone", type: OPTION.string, value: "Europe/Lisbon" },
    ]);
    await h.fake.dispatch("INTERACTION_CREATE", interaction);
    expect((await h.fake.answerTo(interaction.id)).content).toContain("Europe/Lisbon");
  });

  it("GIVEN a DM with a PNG THEN a DM channel is opened and the message posted with its attachment", async () => {
    const adapter = await h.startAdapter();
    const result = await adapter.sendToMember("600000000000000009", {
      text: "Your week: 12h of 20h",
      image: { png: PNG, filename: "week.png", alt: "Hours per day" },
    });
    expect(result).toEqual({ ok: true });
    const [message] = h.fake.state.messages;
    expect(message?.content).toBe("Your week: 12h of 20h");
    expect(message?.attachments).toEqual([
      { name: "week.png", contentType: "image/png", bytes: PNG, description: "Hours per day" },
    ]);
    expect(h.fake.state.requests.map((r) => `${r.method} ${r.path}`)).toContain("POST /users/@me/channels");
  });

  it("GIVEN a group summary with a chart THEN it is posted in the channel with the PNG", async () => {
    const adapter = await h.startAdapter();
    const result = await adapter.sendToChannel("500000000000000002", {
      text: "📊 The group studied 42h this week",
      image: { png: PNG, filename: "summary.png", alt: "Hours per member" },
    });
    expect(result).toEqual({ ok: true });
    expect(h.fake.state.messages).toEqual([
      {
        channelId: "500000000000000002",
        content: "📊 The group studied 42h this week",
        text: "📊 The group studied 42h this week",
        flags: 0,
        attachments: [
          { name: "summary.png", contentType: "image/png", bytes: PNG, description: "Hours per member" },
        ],
      },
    ]);
  });

  it("GIVEN a 429 from REST THEN the send waits retry_after and succeeds", async () => {
    const adapter = await h.startAdapter();
    h.fake.rateLimitOnce("POST", /^\/channels\/\d+\/messages$/);
    const result = await adapter.sendToChannel("500000000000000002", { text: "summary" });
    expect(result).toEqual({ ok: true });
    const posts = h.fake.state.requests.filter((r) => r.path === "/channels/500000000000000002/messages");
    expect(posts.map((r) => r.status)).toEqual([429, 200]);
    expect(h.fake.state.messages.map((m) => m.content)).toEqual(["summary"]);
    expect(h.logs.join("")).toContain("discord rate limit");
  });

  it("GIVEN a member who closed DMs (50007) THEN the send reports unreachable", async () => {
    const adapter = await h.startAdapter();
    h.fake.closeDms("600000000000000007");
    const result = await adapter.sendToMember("600000000000000007", { text: "nudge" });
    expect(result).toMatchObject({ ok: false, error: "unreachable" });
    expect(h.fake.state.messages).toEqual([]);
  });

  it("GIVEN a server error THEN the send reports a transient failure", async () => {
    const adapter = await h.startAdapter();
    for (let i = 0; i < 4; i += 1) {
      h.fake.failOnce({
        method: "POST",
        path: /^\/channels\/\d+\/messages$/,
        status: 500,
        body: { message: "boom" },
      });
    }
    const result = await adapter.sendToChannel("500000000000000002", { text: "summary" });
    expect(result).toMatchObject({ ok: false, error: "transient" });
  });

  it("GIVEN the gateway drops the connection THEN the client resumes the session and keeps serving", async () => {
    const adapter = await h.startAdapter();
    h.fake.disconnect(4000);
    await h.fake.state.until(() => (h.fake.state.resumes.length === 1 ? true : undefined));
    const interaction = slashCommand("checkin", [hours("1h")]);
    await h.fake.dispatch("INTERACTION_CREATE", interaction);
    expect((await h.fake.answerTo(interaction.id)).content).toContain("Logged 1h");
    expect(h.fake.state.identifies).toHaveLength(1);
    expect(adapter.connected()).toBe(true);
  });

  it("GIVEN /setup without permission THEN refused, privately, and nothing configured", async () => {
    await h.startAdapter();
    const interaction = slashCommand("setup", setupOptions);
    await h.fake.dispatch("INTERACTION_CREATE", interaction);
    const answer = await h.fake.answerTo(interaction.id);
    expect(answer.ephemeral).toBe(true);
    expect(answer.content).toBe(`Only the group's admins can run ${h.mention("setup")}.`);
    expect(await h.deps.schedule.groupByChat("discord", GUILD_ID)).toMatchObject({ summaryChannelId: null });
  });

  it("GIVEN /setup by a Manage Server member THEN the chosen channel gets the weekly summary with its chart, after the daily nudge by DM", async () => {
    const adapter = await h.startAdapter();
    const start = slashCommand("start", [{ name: "date", type: OPTION.string, value: "2026-11-23" }]);
    await h.fake.dispatch("INTERACTION_CREATE", start);
    expect((await h.fake.answerTo(start.id)).content).toContain("Ana");
    const checkin = slashCommand("checkin", [hours("3h")]);
    await h.fake.dispatch("INTERACTION_CREATE", checkin);
    await h.fake.answerTo(checkin.id);
    const interaction = slashCommand("setup", setupOptions, { permissions: ADMIN_PERMISSIONS });
    await h.fake.dispatch("INTERACTION_CREATE", interaction);
    expect((await h.fake.answerTo(interaction.id)).content).toContain(
      "every Sunday at 20:00 (America/Sao_Paulo)",
    );
    expect(await h.deps.schedule.groupByChat("discord", GUILD_ID)).toMatchObject({
      summaryChannelId: STUDY_CHANNEL,
    });

    const scheduler = h.schedulerWith(adapter);

    // Thursday 09:00 in São Paulo: Ana's daily nudge, by DM.
    expect((await runTick(scheduler, new Date("2026-11-26T12:00:00Z"))).failed).toBe(0);
    const [nudge] = h.fake.state.messages;
    expect(nudge?.channelId).not.toBe(STUDY_CHANNEL);
    expect(nudge?.content).toContain("Week 1 of 12");

    // Sunday 20:00: the summary in the chosen channel, with its chart.
    expect((await runTick(scheduler, new Date("2026-11-29T23:00:00Z"))).failed).toBe(0);
    const summary = h.fake.state.messages.find((m) => m.channelId === STUDY_CHANNEL);
    expect(summary?.text).toContain("📊 Study group — week of Mon 23 Nov to Sun 29 Nov\n🥇 Ana — 3h");
    expect(summary?.attachments[0]).toMatchObject({ name: "summary.png", contentType: "image/png" });
    expect([...(summary?.attachments[0]?.bytes.slice(0, 4) ?? [])]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(h.errors).toEqual([]);
  });

  it("GIVEN /leaderboard in a server THEN a reply everyone sees, members by their server nickname", async () => {
    await h.startAdapter();
    const checkin = slashCommand("checkin", [hours("2h")], { nick: "Aninha" });
    await h.fake.dispatch("INTERACTION_CREATE", checkin);
    await h.fake.answerTo(checkin.id);
    const interaction = slashCommand("leaderboard", [{ name: "period", type: OPTION.string, value: "all" }], {
      nick: "Aninha",
    });
    await h.fake.dispatch("INTERACTION_CREATE", interaction);
    const answer = await h.fake.answerTo(interaction.id);
    expect(answer.ephemeral).toBe(false);
    expect(answer.text).toContain("🥇 Aninha — 2h");
  });

  it("GIVEN a member whose DMs are closed THEN the scheduled nudge marks them unreachable (50007)", async () => {
    const adapter = await h.startAdapter();
    const start = slashCommand("start", [{ name: "date", type: OPTION.string, value: "2026-11-23" }]);
    await h.fake.dispatch("INTERACTION_CREATE", start);
    await h.fake.answerTo(start.id);
    h.fake.closeDms("600000000000000001");

    const tickAt = new Date("2026-11-26T12:00:00Z");
    await runTick(h.schedulerWith(adapter), tickAt);
    const [identity] = await h.database.db
      .select({ unreachableSince: identities.unreachableSince })
      .from(identities)
      .where(eq(identities.platformUserId, "600000000000000001"));
    // Marked when the send failed: the tick's time, plus what the tick had spent by then.
    const markedAfter = (identity?.unreachableSince?.getTime() ?? 0) - tickAt.getTime();
    expect(markedAfter).toBeGreaterThanOrEqual(0);
    expect(markedAfter).toBeLessThan(10_000);
    expect(h.fake.state.messages).toEqual([]);
  });

  it("GIVEN /mock topic THEN a modal asks the question, and its submit is judged as the member's answer", async () => {
    await h.startAdapter();
    const ask = slashCommand("mock", [{ name: "topic", type: OPTION.string, value: "versioning" }]);
    await h.fake.dispatch("INTERACTION_CREATE", ask);
    const modal = await h.fake.answerTo(ask.id);
    expect(modal.type).toBe(9);
    expect(modal.data.title).toBe("Mock interview");
    expect(JSON.stringify(modal.data.components)).toContain("🎤 Mock interview");

    const submit = modalSubmit(String(modal.data.custom_id), {
      answer:
        "Situation: our churn model drifted. Task: make every result reproducible. Action: I versioned the data with DVC, hashed each dataset and logged runs in MLflow. Result: any model rebuilt in 10 minutes.",
    });
    await h.fake.dispatch("INTERACTION_CREATE", submit);
    const verdict = await h.fake.answerTo(submit.id);
    expect(verdict.type).toBe(5);
    expect(verdict.ephemeral).toBe(true);
    expect(verdict.content).toMatch(/\d+\/10/);
    expect(h.errors).toEqual([]);
  });

  it("GIVEN a modal answer with no open question THEN it is told the question is closed, behind a deferred reply", async () => {
    await h.startAdapter();
    const interaction = modalSubmit("mock:123", { answer: "I versioned the data with DVC." });
    await h.fake.dispatch("INTERACTION_CREATE", interaction);
    const answer = await h.fake.answerTo(interaction.id);
    expect(answer.type).toBe(5);
    expect(answer.content).toBe(
      `That question is no longer open — it was answered, skipped or stopped. ${h.mention("mock")} for another one.`,
    );
  });

  it("GIVEN /export THEN a private reply with the member's data attached as JSON", async () => {
    await h.startAdapter();
    const checkin = slashCommand("checkin", [hours("2h")]);
    await h.fake.dispatch("INTERACTION_CREATE", checkin);
    await h.fake.answerTo(checkin.id);
    const interaction = slashCommand("export");
    await h.fake.dispatch("INTERACTION_CREATE", interaction);
    const answer = await h.fake.answerTo(interaction.id);
    expect(answer.ephemeral).toBe(true);
    const [file] = answer.files;
    expect(file?.name).toMatch(/^constancia-export-\d+-2026-11-25\.json$/);
    const data = JSON.parse(new TextDecoder().decode(file?.bytes)) as {
      checkins: Array<{ minutes: number }>;
    };
    expect(data.checkins.map((c) => c.minutes)).toEqual([120]);
  });

  it("GIVEN /forget confirm:yes THEN the member's check-ins are gone", async () => {
    await h.startAdapter();
    const checkin = slashCommand("checkin", [hours("2h")]);
    await h.fake.dispatch("INTERACTION_CREATE", checkin);
    await h.fake.answerTo(checkin.id);
    const interaction = slashCommand("forget", [{ name: "confirm", type: OPTION.string, value: "yes" }]);
    await h.fake.dispatch("INTERACTION_CREATE", interaction);
    await h.fake.answerTo(interaction.id);
    expect(await checkinRows(h)).toEqual([]);
  });
});
