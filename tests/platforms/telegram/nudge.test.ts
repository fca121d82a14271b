// /nudge on Telegram: a member named by the @username the bot saw, or by replying to their message, gets
// one DM a day naming who nudged, through the real grammY client against the fake Bot API.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runTick } from "../../../src/scheduler/runTick.js";
import type { SchedulerDeps } from "../../../src/scheduler/types.js";
import type { FakeUser } from "../../fakes/telegramServer.js";
import { testDatabases } from "../../support/databases.js";
import { schedulerOver } from "../../support/scheduler.js";
import { ANA, GROUP, JOAO, SAT, startRig, type TelegramRig } from "./support.js";

const BIA: FakeUser = { id: 1003, first_name: "Bia", language_code: "en", username: "Bia_Souza" };
const CAIO: FakeUser = { id: 1004, first_name: "Caio", language_code: "pt-br" };

describe.each(testDatabases)("/nudge on Telegram on $name", (database) => {
  let rig: TelegramRig;
  let scheduler: SchedulerDeps;
  beforeAll(async () => {
    rig = await startRig(database);
    scheduler = schedulerOver(rig.deps, [rig.adapter], "test", rig.errors);
  });
  afterAll(() => rig.close());

  const dmsTo = (user: FakeUser) =>
    rig.fake.calls
      .filter((c) => c.method === "sendMessage" && Number(c.params.chat_id) === user.id)
      .map((c) => String(c.params.text));

  it("GIVEN Bia's @username seen in the group THEN /nudge @bia_souza sends her one DM naming Ana", async () => {
    await rig.say(BIA, GROUP, "/join");
    expect((await rig.say(ANA, GROUP, "/nudge @bia_souza")).text).toContain("Nudge on its way: Bia");
    await runTick(scheduler, new Date(SAT.getTime() + 60_000));
    expect(dmsTo(BIA).filter((t) => t.includes("nudge"))).toEqual([
      expect.stringContaining("👋 Ana gave you a nudge: how about some study today?"),
    ]);
    expect((await rig.say(ANA, GROUP, "/nudge @Bia_Souza")).text).toContain("You already nudged Bia today");
  });

  it("GIVEN João replies to Caio's message with /cutucar THEN Caio gets the nudge, in Portuguese", async () => {
    const said = rig.fake.textUpdate(CAIO, GROUP, "/entrar");
    await rig.deliver(said, GROUP.id);
    const update = rig.fake.textUpdate(JOAO, GROUP, "/cutucar");
    const message = update.message as Record<string, unknown>;
    const repliedTo = said.message as Record<string, unknown>;
    const reply = await rig.deliver(
      { ...update, message: { ...message, reply_to_message: repliedTo } },
      GROUP.id,
    );
    expect(reply.text).toContain("Cutucada a caminho: Caio");
    await runTick(scheduler, new Date(SAT.getTime() + 2 * 60_000));
    expect(dmsTo(CAIO)).toEqual([expect.stringContaining("👋 João te deu uma cutucada: bora estudar hoje?")]);
  });

  it("GIVEN /cutucar with nobody named and no reply THEN an example of both forms", async () => {
    expect((await rig.say(JOAO, GROUP, "/cutucar")).text).toContain(
      "Quem eu cutuco? Diz o nome, ex.: /cutucar @ana, ou responde a uma mensagem da pessoa com /cutucar.",
    );
    expect(rig.errors).toEqual([]);
  });
});
