// /plan on Telegram end to end: in a private chat its reply carries a keyboard of weekdays and times; a
// press redraws it, Save and Clear run /plan, and a press delivered twice changes nothing twice.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Call } from "../../fakes/telegramServer.js";
import { testDatabases } from "../../support/databases.js";
import { ANA, captureLog, GROUP, JOAO, privateChat, startRig, type TelegramRig } from "./support.js";

interface Button {
  text: string;
  callback_data: string;
}
type Keyboard = Button[][];

const keyboardOf = (call: Call | undefined): Keyboard =>
  (call?.params.reply_markup as { inline_keyboard?: Keyboard } | undefined)?.inline_keyboard ?? [];
const labels = (keyboard: Keyboard) => keyboard.map((row) => row.map((b) => b.text));
const buttonNamed = (keyboard: Keyboard, text: string): Button => {
  const found = keyboard.flat().find((b) => b.text === text);
  if (found === undefined) throw new Error(`no button ${text} in ${JSON.stringify(labels(keyboard))}`);
  return found;
};

describe.each(testDatabases)("the plan's keyboard on Telegram on $name", (database) => {
  let rig: TelegramRig;
  const logs = captureLog();
  beforeAll(async () => {
    rig = await startRig(database, { log: logs.log });
  });
  afterAll(() => rig.close());

  /** Delivers an update pressing a button; resolves with the calls it made once the press is answered. */
  async function deliverPress(update: Record<string, unknown> & { callback_query: { id: string } }) {
    const before = rig.fake.calls.length;
    rig.fake.push(update);
    const isAnswer = (call: Call) =>
      call.method === "answerCallbackQuery" && call.params.callback_query_id === update.callback_query.id;
    await rig.fake.waitFor(isAnswer, rig.fake.calls.filter(isAnswer).length + 1);
    const calls = rig.fake.calls.slice(before);
    return {
      edit: calls.find((c) => c.method.startsWith("edit")),
      answer: calls.find(isAnswer),
      update,
    };
  }
  const press = (user: typeof ANA, button: Button) =>
    deliverPress(rig.fake.callbackUpdate(user, { chatId: user.id, messageId: 42 }, button.callback_data));

  it("GIVEN /plan in a private chat THEN weekdays, times, Save and Clear under it; seg+qua at 19:00-21:00 saved, a repeated press saving nothing again, and Clear clearing", async () => {
    const shown = await rig.say(ANA, privateChat(ANA), "/plan");
    expect(shown.text).toContain("You have no study plan yet.");
    let keyboard = keyboardOf(shown.call);
    expect(labels(keyboard)).toEqual([
      ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
      ["07:00-09:00", "12:00-13:00", "19:00-21:00", "20:00-22:00"],
      ["💾 Save", "🗑️ Clear"],
    ]);
    for (const button of keyboard.flat())
      expect(Buffer.byteLength(button.callback_data)).toBeLessThanOrEqual(64);

    const early = await press(ANA, buttonNamed(keyboard, "💾 Save"));
    expect(early.answer?.params.text).toBe("Pick at least one day and a time first.");
    expect(early.edit).toBeUndefined();

    for (const label of ["Mon", "Wed", "19:00-21:00"]) {
      const pressed = await press(ANA, buttonNamed(keyboard, label));
      expect(pressed.edit?.method).toBe("editMessageReplyMarkup");
      expect(pressed.answer?.params.text).toBeUndefined();
      keyboard = keyboardOf(pressed.edit);
    }
    expect(labels(keyboard)[0]).toEqual(["✓ Mon", "Tue", "✓ Wed", "Thu", "Fri", "Sat", "Sun"]);
    expect(labels(keyboard)[1]).toEqual(["07:00-09:00", "12:00-13:00", "✓ 19:00-21:00", "20:00-22:00"]);
    // A time pressed again shows what is already shown: Telegram refuses the edit, the press is still answered.
    const again = await press(ANA, buttonNamed(keyboard, "✓ 19:00-21:00"));
    expect(again.answer?.params.text).toBeUndefined();
    expect(again.edit?.method).toBe("editMessageReplyMarkup");

    const save = await press(ANA, buttonNamed(keyboard, "💾 Save"));
    expect(save.edit?.method).toBe("editMessageText");
    expect(save.edit?.params.text).toBe(
      [
        "🗓️ Plan saved: Mon, Wed 19:00–21:00 — 4h a week (your goal: 20h).",
        "Add what you'll do when it goes wrong: /plan if I get home tired then 20 minutes of flashcards",
      ].join("\n"),
    );
    expect(labels(keyboardOf(save.edit))[0]).toEqual(["✓ Mon", "Tue", "✓ Wed", "Thu", "Fri", "Sat", "Sun"]);

    // The plan changes; then Telegram delivers the Save press again: it is not saved a second time.
    expect((await rig.say(ANA, privateChat(ANA), "/plan tue 07:00-09:00")).text).toContain("Tue 07:00–09:00");
    const replayed = await deliverPress(save.update);
    expect(replayed.edit).toBeUndefined();
    expect(replayed.answer?.params.text).toContain("🗓️ Plan saved: Mon, Wed 19:00–21:00");
    const after = await rig.say(ANA, privateChat(ANA), "/plan");
    expect(after.text).toContain("🗓️ Your plan: Tue 07:00–09:00 — 2h a week");
    // The keyboard under the plan shows it.
    expect(labels(keyboardOf(after.call)).slice(0, 2)).toEqual([
      ["Mon", "✓ Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
      ["✓ 07:00-09:00", "12:00-13:00", "19:00-21:00", "20:00-22:00"],
    ]);

    const clear = await press(ANA, buttonNamed(keyboardOf(after.call), "🗑️ Clear"));
    expect(clear.edit?.params.text).toBe("🗓️ Plan cleared.");
    expect(labels(keyboardOf(clear.edit))[0]).toEqual(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]);
    expect((await rig.say(ANA, privateChat(ANA), "/plan")).text).toContain("You have no study plan yet.");
    expect(rig.errors).toEqual([]);
    // The refused edit above included: the chat's updates are handled in turn, so its log is in by now.
    expect(logs.text()).not.toContain("update failed");
  });

  it("GIVEN a Portuguese speaker THEN the keyboard speaks Portuguese and saves seg, qua", async () => {
    const shown = await rig.say(JOAO, privateChat(JOAO), "/plano");
    expect(shown.text).toContain("Você ainda não tem um plano de estudo.");
    let keyboard = keyboardOf(shown.call);
    expect(labels(keyboard)[0]).toEqual(["seg", "ter", "qua", "qui", "sex", "sáb", "dom"]);
    expect(labels(keyboard)[2]).toEqual(["💾 Salvar", "🗑️ Apagar"]);
    const early = await press(JOAO, buttonNamed(keyboard, "💾 Salvar"));
    expect(early.answer?.params.text).toBe("Escolha pelo menos um dia e um horário antes.");
    for (const label of ["seg", "qua", "20:00-22:00"]) {
      keyboard = keyboardOf((await press(JOAO, buttonNamed(keyboard, label))).edit);
    }
    expect(labels(keyboard)[0]).toEqual(["✓ seg", "ter", "✓ qua", "qui", "sex", "sáb", "dom"]);
    const save = await press(JOAO, buttonNamed(keyboard, "💾 Salvar"));
    expect(String(save.edit?.params.text)).toMatch(/^🗓️ Plano salvo: seg, qua 20:00–22:00 — 4h por semana/);
  });

  it("GIVEN /plan in a group THEN no plan keyboard: only the button to the private chat, where the plan is", async () => {
    const reply = await rig.say(ANA, GROUP, "/plan");
    const markup = reply.call.params.reply_markup as {
      inline_keyboard: Array<Array<Record<string, string>>>;
    };
    expect(markup.inline_keyboard.flat()).toEqual([
      { text: "💬 Open our private chat", url: expect.stringContaining("?start=plan") },
    ]);
  });
});
