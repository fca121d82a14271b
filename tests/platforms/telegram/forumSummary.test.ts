// In a Telegram forum, the weekly summary goes to the topic where an admin ran /setup.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderChart } from "../../../src/charts/renderChart.js";
import { previewDue } from "../../../src/scheduler/preview.js";
import { runTick } from "../../../src/scheduler/runTick.js";
import type { SchedulerDeps } from "../../../src/scheduler/types.js";
import type { FakeChat, FakeUser } from "../../fakes/telegramServer.js";
import { testDatabases } from "../../support/databases.js";
import { SAT, startRig, type TelegramRig } from "./support.js";

const FORUM: FakeChat = { id: -100_777, type: "supergroup", title: "Turma fórum" };
const ADMIN: FakeUser = { id: 1010, first_name: "Carla", language_code: "en" };
const TOPIC = 42;

describe.each(testDatabases)("a Telegram forum's summary on $name", (database) => {
  let rig: TelegramRig;
  let scheduler: SchedulerDeps;
  beforeAll(async () => {
    rig = await startRig(database);
    scheduler = {
      ...rig.deps,
      senders: new Map([["telegram", rig.adapter]]),
      renderChart: (chart) => ({ png: renderChart(chart), filename: "summary.png", alt: chart.alt }),
      instance: "test",
      log: { error: (details) => rig.errors.push(details), info: () => {} },
    };
  });
  afterAll(() => rig.close());

  /** A message in a topic of the forum, as Telegram sends it. */
  function inTopic(text: string) {
    const update = rig.fake.textUpdate(ADMIN, FORUM, text);
    const message = update.message as Record<string, unknown>;
    return { ...update, message: { ...message, message_thread_id: TOPIC, is_topic_message: true } };
  }

  it("GIVEN /setup in a topic THEN the summary is posted in that topic", async () => {
    rig.fake.setMemberStatus(FORUM.id, ADMIN.id, "administrator");
    const reply = await rig.deliver(inTopic("/setup"), FORUM.id);
    expect(reply.text).toContain("the weekly summary will be posted here");
    await rig.deliver(inTopic("/checkin 2h"), FORUM.id);

    const due = await previewDue(rig.deps, SAT, new Date(SAT.getTime() + 8 * 86_400_000));
    const summary = due.find((item) => item.kind === "group_summary" && item.to === String(FORUM.id));
    if (summary === undefined) throw new Error("no summary due for the test to send");
    await runTick(scheduler, new Date(summary.dueAt));
    const [post] = await rig.fake.waitFor(
      (call) => call.method === "sendPhoto" && Number(call.params.chat_id) === FORUM.id,
    );
    expect(Number(post?.params.message_thread_id)).toBe(TOPIC);
    expect(rig.errors).toEqual([]);
  });
});
