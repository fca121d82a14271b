// A member flooding commands in a private chat gets one notice, then no answer at all until their bucket
// refills; a check-in is told it was not recorded. The rig's clock stands still, so no token comes back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFloodGuard } from "../../../src/core/limits/floodGuard.js";
import type { Call } from "../../fakes/telegramServer.js";
import { testDatabases } from "../../support/databases.js";
import { ANA, privateChat, startRig, type TelegramRig } from "./support.js";

const isReplyTo = (chatId: number) => (call: Call) =>
  call.method === "sendMessage" && Number(call.params.chat_id) === chatId;

describe.each(testDatabases)("Telegram flood guard on $name", (database) => {
  let rig: TelegramRig;
  beforeAll(async () => {
    rig = await startRig(database);
    rig.deps.floodGuard = createFloodGuard({
      member: { burst: 2, refillMs: 3_000 },
      chat: { burst: 20, refillMs: 1_000 },
    });
  });
  afterAll(() => rig.close());

  it("GIVEN a burst past the rate THEN one notice, then silence; a check-in is told it was not recorded", async () => {
    const chat = privateChat(ANA);
    for (let i = 0; i < 2; i++) expect((await rig.say(ANA, chat, "/progress")).text).toContain("This week");
    expect((await rig.say(ANA, chat, "/progress")).text).toContain("Easy there");
    const before = rig.fake.calls.filter(isReplyTo(chat.id)).length;
    rig.fake.push(rig.fake.textUpdate(ANA, chat, "/progress"));
    rig.fake.push(rig.fake.textUpdate(ANA, chat, "/help"));
    // The check-in comes after the two dropped commands in the same chat, so its answer is the next message.
    const refused = await rig.say(ANA, chat, "/checkin 1h");
    expect(refused.text).toContain("Not recorded: too many commands at once.");
    expect(rig.fake.calls.filter(isReplyTo(chat.id))).toHaveLength(before + 1);
    expect(await rig.checkinsOf(String(refused.updateId))).toEqual([]);
  });
});
