// One group floods the bot while its replies are slow: a member's private chat is still answered at once,
// and the group's backlog stays bounded.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_WAITING_PER_CHAT } from "../../../src/platforms/telegram/telegramAdapter.js";
import type { Call } from "../../fakes/telegramServer.js";
import { testDatabases } from "../../support/databases.js";
import {
  ANA,
  type CapturedLog,
  captureLog,
  GROUP,
  JOAO,
  privateChat,
  startRig,
  type TelegramRig,
} from "./support.js";

/** More than grammY's runner handles at once (500), so that a backlog held there would block everyone. */
const FLOOD = 600;

const isReplyTo = (chatId: number) => (call: Call) =>
  call.method === "sendMessage" && Number(call.params.chat_id) === chatId;

describe.each(testDatabases)("Telegram under a flood in one group, on $name", (database) => {
  let rig: TelegramRig;
  let logs: CapturedLog;
  beforeAll(async () => {
    logs = captureLog();
    rig = await startRig(database, { log: logs.log });
  });
  afterAll(() => rig.close());

  it("GIVEN 600 commands in a group whose replies hang THEN a private chat is answered meanwhile, and the group's backlog is cut once, with a warning", async () => {
    const release = rig.fake.hold(isReplyTo(GROUP.id));
    for (let i = 0; i < FLOOD; i += 1) rig.fake.push(rig.fake.textUpdate(JOAO, GROUP, "/help"));
    // The group's first reply is stuck on Telegram; everything else of the group waits behind it.
    await rig.fake.waitFor(isReplyTo(GROUP.id));

    expect((await rig.say(ANA, privateChat(ANA), "/help")).text).toContain("Constância");
    const warnings = logs.text().match(/a chat's backlog is full/g) ?? [];
    expect(warnings).toHaveLength(1);
    expect(logs.text()).toContain(`"waiting":${MAX_WAITING_PER_CHAT}`);

    release();
    // The group's backlog drains, in order, and the bot goes on answering everyone.
    await rig.fake.waitFor(isReplyTo(GROUP.id), 2);
    expect((await rig.say(ANA, privateChat(ANA), "/checkin 1h")).text).toContain("✅ Logged 1h.");
  });
});
