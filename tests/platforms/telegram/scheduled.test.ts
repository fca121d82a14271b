// Group administration and the scheduler's sends, through the Telegram adapter end to end.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderChart } from "../../../src/charts/renderChart.js";
import { groups, identities } from "../../../src/db/schema/index.js";
import { previewDue } from "../../../src/scheduler/preview.js";
import { runTick } from "../../../src/scheduler/runTick.js";
import type { SchedulerDeps } from "../../../src/scheduler/types.js";
import type { FakeUser } from "../../fakes/telegramServer.js";
import { testDatabases } from "../../support/databases.js";
import { ANA, GROUP, JOAO, privateChat, SAT, startRig, type TelegramRig } from "./support.js";

const BIA: FakeUser = { id: 1003, first_name: "Bia", language_code: "en" };
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47];

describe.each(testDatabases)("Telegram groups and scheduled sends on $name", (database) => {
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

  it("GIVEN /setup by a member who is not an admin THEN it is refused, as the Bot API says", async () => {
    const reply = await rig.say(JOAO, GROUP, "/setup");
    expect(reply.text).toBe("Só os administradores do grupo podem usar /configurar.");
    const asked = rig.fake.calls.filter((call) => call.method === "getChatMember");
    expect(asked.map((call) => [Number(call.params.chat_id), call.params.user_id])).toEqual([
      [GROUP.id, JOAO.id],
    ]);
    const [group] = await rig.handle.db
      .select()
      .from(groups)
      .where(eq(groups.chatId, String(GROUP.id)));
    expect(group?.summaryChannelId ?? null).toBeNull();
  });

  it("GIVEN /setup by an administrator THEN the group becomes its summary channel", async () => {
    rig.fake.setMemberStatus(GROUP.id, BIA.id, "administrator");
    const reply = await rig.say(BIA, GROUP, `/setup@ConstanciaBot`);
    expect(reply.text).toContain("the weekly summary will be posted here");
    const [group] = await rig.handle.db
      .select()
      .from(groups)
      .where(eq(groups.chatId, String(GROUP.id)));
    expect(group?.summaryChannelId).toBe(String(GROUP.id));
  });

  it("GIVEN messages sent as the group (anonymous admins) THEN /setup is theirs, and nothing else runs", async () => {
    const asGroup = (text: string) => {
      const update = rig.fake.textUpdate({ id: 1_087_968_824, first_name: "Group" }, GROUP, text);
      const message = update.message as Record<string, unknown>;
      return { ...update, message: { ...message, sender_chat: { ...GROUP } } };
    };
    const asked = () => rig.fake.calls.filter((call) => call.method === "getChatMember").length;
    const before = asked();
    const ignored = asGroup("/checkin 3h");
    rig.fake.push(ignored);
    const reply = await rig.deliver(asGroup("/setup"), GROUP.id);
    expect(reply.text).toContain("the weekly summary will be posted here");
    expect(asked()).toBe(before);
    expect(await rig.checkinsOf(`${GROUP.id}:${ignored.update_id}`)).toEqual([]);
  });

  it("GIVEN commands that need no admin THEN the Bot API is not asked", async () => {
    const before = rig.fake.calls.filter((call) => call.method === "getChatMember").length;
    await rig.say(ANA, GROUP, "/checkin 2h");
    await rig.say(ANA, GROUP, "/leaderboard");
    expect(rig.fake.calls.filter((call) => call.method === "getChatMember")).toHaveLength(before);
  });

  it("GIVEN a member's reminder and the group summary come due THEN a DM and a post with its chart arrive", async () => {
    await rig.say(ANA, privateChat(ANA), "/start");
    const due = await previewDue(rig.deps, SAT, new Date(SAT.getTime() + 8 * 86_400_000));
    const dm = due.find((item) => item.platform === "telegram" && item.to === String(ANA.id));
    const summary = due.find((item) => item.kind === "group_summary" && item.to === String(GROUP.id));
    if (dm === undefined || summary === undefined) throw new Error("nothing due for the test to send");

    await runTick(scheduler, new Date(dm.dueAt));
    const [sent] = await rig.fake.waitFor(
      (call) =>
        call.method === "sendMessage" &&
        Number(call.params.chat_id) === ANA.id &&
        call.params.text === dm.text,
    );
    expect(sent).toBeDefined();

    await runTick(scheduler, new Date(summary.dueAt));
    const [post] = await rig.fake.waitFor(
      (call) => call.method === "sendPhoto" && Number(call.params.chat_id) === GROUP.id,
    );
    expect(String(post?.params.caption ?? "")).toContain(summary.text.split("\n")[0] ?? "");
    expect([...(post?.files.photo?.bytes.slice(0, 4) ?? [])]).toEqual(PNG_MAGIC);
  });

  it("GIVEN a member who blocked the bot THEN the reminder fails as unreachable and the account is marked", async () => {
    await rig.say(JOAO, privateChat(JOAO), "/start");
    const due = await previewDue(rig.deps, SAT, new Date(SAT.getTime() + 8 * 86_400_000));
    const dm = due.find((item) => item.to === String(JOAO.id));
    if (dm === undefined) throw new Error("nothing due for the test to send");
    rig.fake.failNext("sendMessage", { status: 403, description: "Forbidden: bot was blocked by the user" });

    const report = await runTick(scheduler, new Date(dm.dueAt));
    expect(report.failed).toBeGreaterThanOrEqual(1);
    const [identity] = await rig.handle.db
      .select({ unreachableSince: identities.unreachableSince })
      .from(identities)
      .where(eq(identities.platformUserId, String(JOAO.id)));
    expect(identity?.unreachableSince).toBeInstanceOf(Date);

    // A command in the group does not make the DMs work again: still named as unreachable.
    const unreachable = async () =>
      (
        await rig.handle.db
          .select({ since: identities.unreachableSince })
          .from(identities)
          .where(eq(identities.platformUserId, String(JOAO.id)))
      )[0]?.since ?? null;
    await rig.say(JOAO, GROUP, "/progress");
    expect(await unreachable()).toBeInstanceOf(Date);
    // Writing to the bot in private does.
    await rig.say(JOAO, privateChat(JOAO), "/progress");
    expect(await unreachable()).toBeNull();
  });
});
