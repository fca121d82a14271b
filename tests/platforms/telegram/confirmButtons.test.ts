// Confirmations on Telegram end to end: /forget and /undo of an earlier day ask with buttons, Cancel beside
// them, and a press's outcome replaces the question; routine confirmations arrive without a sound.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Call, FakeUser } from "../../fakes/telegramServer.js";
import { testDatabases } from "../../support/databases.js";
import { ANA, JOAO, privateChat, SAT, startRig, type TelegramRig } from "./support.js";

interface Button {
  text: string;
  callback_data: string;
}
type Keyboard = Button[][];

const keyboardOf = (call: Call | undefined): Keyboard =>
  (call?.params.reply_markup as { inline_keyboard?: Keyboard } | undefined)?.inline_keyboard ?? [];
const labels = (call: Call | undefined) => keyboardOf(call).map((row) => row.map((b) => b.text));
const buttonNamed = (call: Call | undefined, text: string): Button => {
  const found = keyboardOf(call)
    .flat()
    .find((b) => b.text === text);
  if (found === undefined) throw new Error(`no button ${text} in ${JSON.stringify(labels(call))}`);
  return found;
};

describe.each(testDatabases)("Telegram's confirmations on $name", (database) => {
  let rig: TelegramRig;
  // Time is an input: a test moves it forward instead of waiting.
  let now = SAT;
  beforeAll(async () => {
    rig = await startRig(database, { clock: () => now });
  });
  afterAll(() => rig.close());

  async function press(user: FakeUser, under: Call, button: Button) {
    const update = rig.fake.callbackUpdate(
      user,
      { chatId: user.id, messageId: under.messageId ?? 0 },
      button.callback_data,
    );
    const before = rig.fake.calls.length;
    rig.fake.push(update);
    const isAnswer = (call: Call) =>
      call.method === "answerCallbackQuery" && call.params.callback_query_id === update.callback_query.id;
    await rig.fake.waitFor(isAnswer);
    const calls = rig.fake.calls.slice(before);
    return { calls, answer: calls.find(isAnswer), edit: calls.find((c) => c.method.startsWith("edit")) };
  }

  it("GIVEN a check-in in a private chat THEN its confirmation comes without a sound", async () => {
    await rig.say(ANA, privateChat(ANA), "/start");
    const logged = await rig.say(ANA, privateChat(ANA), "/checkin 2h pandas");
    expect(logged.text).toContain("✅ Logged 2h");
    expect(logged.call.params.disable_notification).toBe(true);
  });

  it("GIVEN /undo of an earlier day's check-in THEN it asks with a button; the press removes it and the buttons go", async () => {
    const chat = privateChat(ANA);
    await rig.say(ANA, chat, "/undo");
    await rig.say(ANA, chat, "/checkin 1h yesterday");
    now = new Date(SAT.getTime() + 30 * 60_000);
    const asked = await rig.say(ANA, chat, "/undo");
    expect(asked.text).toContain("an earlier day. To remove it, tap the button below (or send /undo yes).");
    expect(labels(asked.call)).toEqual([["↩️ Remove it", "✖️ Cancel"]]);
    const removed = await press(ANA, asked.call, buttonNamed(asked.call, "↩️ Remove it"));
    expect(removed.edit?.method).toBe("editMessageText");
    expect(String(removed.edit?.params.text)).toMatch(/^↩️ Removed 1h from /);
    expect(removed.edit?.params.reply_markup).toEqual({ inline_keyboard: [] });
    // Today's 2h is still there.
    expect((await rig.say(ANA, chat, "/progress")).text).toContain("2h");
  });

  it("GIVEN /forget THEN it asks with a danger button and Cancel; Cancel keeps everything, the button deletes", async () => {
    const chat = privateChat(JOAO);
    await rig.say(JOAO, chat, "/start");
    const asked = await rig.say(JOAO, chat, "/esquecer");
    expect(asked.text).toContain("Para confirmar, toque no botão abaixo (ou mande /esquecer sim).");
    expect(labels(asked.call)).toEqual([["🗑️ Apagar tudo", "✖️ Cancelar"]]);

    const cancelled = await press(JOAO, asked.call, buttonNamed(asked.call, "✖️ Cancelar"));
    expect(cancelled.answer?.params.text).toBe("Cancelado: nada foi alterado.");
    expect(cancelled.edit?.params.reply_markup).toEqual({ inline_keyboard: [] });
    expect((await rig.say(JOAO, chat, "/progresso")).text).not.toContain("/start");

    const again = await rig.say(JOAO, chat, "/esquecer");
    const deleted = await press(JOAO, again.call, buttonNamed(again.call, "🗑️ Apagar tudo"));
    expect(String(deleted.edit?.params.text)).toMatch(/^🗑️ Pronto: tudo sobre você foi apagado/);
    expect(deleted.edit?.params.reply_markup).toEqual({ inline_keyboard: [] });
    expect(rig.errors).toEqual([]);
  });

  it("GIVEN a member whose app is in English who chose Portuguese with /language THEN the buttons speak Portuguese, as the text does", async () => {
    const bia: FakeUser = { id: 1003, first_name: "Bia", language_code: "en" };
    const chat = privateChat(bia);
    await rig.say(bia, chat, "/start");
    await rig.say(bia, chat, "/language pt-BR");
    const asked = await rig.say(bia, chat, "/forget");
    expect(asked.text).toContain("toque no botão abaixo");
    expect(labels(asked.call)).toEqual([["🗑️ Apagar tudo", "✖️ Cancelar"]]);
    // Cancel runs no command, yet its notice speaks the buttons' language too.
    const cancelled = await press(bia, asked.call, buttonNamed(asked.call, "✖️ Cancelar"));
    expect(cancelled.answer?.params.text).toBe("Cancelado: nada foi alterado.");
    expect(rig.errors).toEqual([]);
  });
});
