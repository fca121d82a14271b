// Scheduled sends through the Discord PlatformSender and the real discord.js REST client, against the fake
// Discord that enforces Discord's limits: a big group's summary, refusals, and abandoned sends.
import { REST } from "discord.js";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { PlatformSender } from "../../../src/core/delivery.js";
import { sends } from "../../../src/db/schema/index.js";
import { createDiscordSender, MAX_ATTACHMENT_DESCRIPTION } from "../../../src/platforms/discord/sender.js";
import { runTick } from "../../../src/scheduler/runTick.js";
import { GUILD_ID } from "../../fakes/discord/interactions.js";
import { sharedDatabase, testDatabases } from "../../support/databases.js";
import { GROUP_SUMMARY_DUE, leaseTimePasses, studyGroupOf } from "../../support/scheduler.js";
import { type Harness, openHarness, TOKEN } from "./harness.js";

const STUDY_CHANNEL = "500000000000000002";
const SUMMARY_KEY = "group_summary:g1:2026-W48";
const posts = (h: Harness) => h.fake.state.messages.filter((m) => m.channelId === STUDY_CHANNEL);

function invalidFormBody(errors: Record<string, unknown>) {
  return {
    method: "POST",
    path: /^\/channels\/\d+\/messages$/,
    status: 400,
    body: { message: "Invalid Form Body", code: 50035, errors },
  };
}

describe.each(testDatabases)("Discord scheduled sends on $name", (database) => {
  // One database for the file, emptied for each test: opening one per test is what took the time.
  const testDatabase = sharedDatabase(database);
  let h: Harness;
  let sender: PlatformSender;
  beforeEach(async () => {
    h = await openHarness(testDatabase);
    sender = createDiscordSender(new REST({ api: h.fake.apiUrl }).setToken(TOKEN));
  });
  afterEach(() => h.close());

  async function summaryRow() {
    const [row] = await h.database.db.select().from(sends).where(eq(sends.key, SUMMARY_KEY));
    return row;
  }

  it("GIVEN a group of 30 THEN the weekly summary is posted with its chart, the alt text cut to Discord's 1024", async () => {
    const names = await studyGroupOf(h.deps, "discord", { id: GUILD_ID, channelId: STUDY_CHANNEL }, 30);
    const report = await runTick(h.schedulerWith(sender), GROUP_SUMMARY_DUE);
    expect(report).toMatchObject({ sent: 1, failed: 0, retried: 0 });
    const [post] = posts(h);
    for (const name of names) expect(post?.text).toContain(name);
    const [chart] = post?.attachments ?? [];
    expect(chart).toMatchObject({ name: "summary.png", contentType: "image/png" });
    const description = chart?.description ?? "";
    expect(description).toMatch(/^Bar chart of hours this week: Participant 01 of the MLOps cohort 2h, /);
    expect(description.length).toBe(MAX_ATTACHMENT_DESCRIPTION);
    expect(description.endsWith("…")).toBe(true);
    expect((await summaryRow())?.state).toBe("sent");
  });

  it("GIVEN Discord refuses the image THEN the summary goes out without it, recorded sent with why", async () => {
    await studyGroupOf(h.deps, "discord", { id: GUILD_ID, channelId: STUDY_CHANNEL }, 3);
    h.fake.failOnce(
      invalidFormBody({
        attachments: { 0: { filename: { _errors: [{ code: "X", message: "Bad file" }] } } },
      }),
    );
    expect(await runTick(h.schedulerWith(sender), GROUP_SUMMARY_DUE)).toMatchObject({ sent: 1 });
    const [post] = posts(h);
    expect(post?.text).toContain("📊 MLOps study group — week of Mon 23 Nov to Sun 29 Nov");
    expect(post?.attachments).toEqual([]);
    // The card without its gallery: nothing in it points at a file that is not there.
    expect(JSON.stringify(post?.components)).not.toContain("attachment://");
    expect(await summaryRow()).toMatchObject({
      state: "sent",
      detail: expect.stringMatching(/^image refused: 50035: Invalid Form Body/),
    });
  });

  it("GIVEN Discord refuses the message itself THEN it is recorded failed with Discord's reason, and not retried", async () => {
    await studyGroupOf(h.deps, "discord", { id: GUILD_ID, channelId: STUDY_CHANNEL }, 3);
    h.fake.failOnce(invalidFormBody({ content: { _errors: [{ code: "X", message: "Not allowed" }] } }));
    const scheduler = h.schedulerWith(sender);
    expect(await runTick(scheduler, GROUP_SUMMARY_DUE)).toMatchObject({ failed: 1, retried: 0 });
    expect(await summaryRow()).toMatchObject({
      state: "failed",
      detail: expect.stringMatching(/^rejected: 50035: Invalid Form Body/),
    });
    await leaseTimePasses(h.database.db, 60 * 60_000);
    await runTick(scheduler, new Date(GROUP_SUMMARY_DUE.getTime() + 60 * 60_000));
    const tries = h.fake.state.requests.filter((r) => r.path === `/channels/${STUDY_CHANNEL}/messages`);
    expect(tries.map((r) => r.status)).toEqual([400]);
  });

  it("GIVEN a send already abandoned THEN nothing reaches Discord, and it counts as worth retrying", async () => {
    const abandoned = new AbortController();
    abandoned.abort();
    const result = await sender.sendToMember("600000000000000009", { text: "nudge" }, abandoned.signal);
    expect(result).toMatchObject({ ok: false, error: "transient" });
    expect(h.fake.state.requests.filter((r) => r.method === "POST")).toEqual([]);
  });
});
