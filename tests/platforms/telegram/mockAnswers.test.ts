// A mock interview on Telegram end to end: the question comes with Answer / Skip / Stop / History buttons;
// only a reply to it (or to the prompt Answer sends, its reply box opened) is judged, with "typing…" shown
// meanwhile; any other message, a voice note or a photo is told how to answer, and nothing is judged.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Call, FakeUser } from "../../fakes/telegramServer.js";
import { testDatabases } from "../../support/databases.js";
import { ANA, JOAO, privateChat, startRig, type TelegramRig } from "./support.js";

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

const ANSWER = [
  "In my churn project the model's F1 kept dropping after each release (situation).",
  "I had to make every experiment reproducible so we could tell which change hurt (task).",
  "I versioned the data with DVC, tracked runs and parameters in MLflow, and pinned the environment in Docker;",
  "then I compared runs side by side and rolled back the feature that leaked the target (action).",
  "F1 went back from 0.71 to 0.83 and retraining went from two days to two hours (result).",
].join(" ");

describe.each(testDatabases)("mock interviews on Telegram on $name", (database) => {
  let rig: TelegramRig;
  beforeAll(async () => {
    rig = await startRig(database);
  });
  afterAll(() => rig.close());

  const sends = (chatId: number) =>
    rig.fake.calls.filter((c) => c.method === "sendMessage" && Number(c.params.chat_id) === chatId);

  /** Queues an update and resolves with the bot's next message to the chat. */
  const next = (update: Record<string, unknown>, chatId: number) => rig.deliver(update, chatId);

  /** Presses a button and resolves with the calls it made, once the press is answered. */
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
    return rig.fake.calls.slice(before);
  }

  it("GIVEN /mock in a private chat THEN the question says how to answer, with Answer, Skip, Stop and History under it", async () => {
    await rig.say(ANA, privateChat(ANA), "/start");
    const question = await rig.say(ANA, privateChat(ANA), "/mock project");
    expect(question.text).toContain("🎤 Mock interview — Technical project");
    expect(question.text).toContain("Tap ✍️ Answer below, or reply to this message with your answer");
    expect(question.text).not.toContain("next message");
    expect(labels(question.call)).toEqual([["✍️ Answer"], ["⏭️ Skip", "⏹️ Stop", "📈 History"]]);
    for (const button of keyboardOf(question.call).flat())
      expect(Buffer.byteLength(button.callback_data)).toBeLessThanOrEqual(64);
  });

  it("GIVEN a question open WHEN the member writes something that is not a reply to it THEN nothing is judged and nothing revealed", async () => {
    const chat = privateChat(ANA);
    const wait = await rig.say(ANA, chat, "wait, I'm on it");
    expect(wait.text).toBe(
      "Was that your answer? I only judge a reply to the question, so nothing was judged yet. Tap ✍️ Answer below (or reply to the question's message) and write it there.",
    );
    expect(wait.text).not.toContain("Score");
    expect(wait.text).not.toContain("Key points");
    expect(labels(wait.call)[0]).toEqual(["✍️ Answer"]);
    expect(rig.fake.calls.some((c) => c.method === "sendChatAction")).toBe(false);
  });

  it("GIVEN a question open WHEN a voice note, a photo or a sticker comes THEN the member is told to answer in text", async () => {
    const chat = privateChat(ANA);
    const voice = await next(rig.fake.mediaUpdate(ANA, chat, "voice"), ANA.id);
    expect(voice.text).toBe(
      "I can only judge a written answer — a voice note doesn't reach the judge. Tap ✍️ Answer below and type it out.",
    );
    expect(labels(voice.call)[0]).toEqual(["✍️ Answer"]);
    const photo = await next(rig.fake.mediaUpdate(ANA, chat, "photo", "my whiteboard"), ANA.id);
    expect(photo.text).toContain("a photo doesn't reach the judge");
    const sticker = await next(rig.fake.mediaUpdate(ANA, chat, "sticker"), ANA.id);
    expect(sticker.text).toContain("a sticker doesn't reach the judge");
  });

  it("GIVEN Answer pressed THEN the question comes again with the reply box open; the reply to it is judged while typing… shows", async () => {
    const chat = privateChat(ANA);
    const question = sends(ANA.id).find((c) => String(c.params.text).includes("🎤 Mock interview"));
    if (question === undefined) throw new Error("no question sent");
    const calls = await press(ANA, question, buttonNamed(question, "✍️ Answer"));
    const prompt = calls.find((c) => c.method === "sendMessage");
    expect(String(prompt?.params.text)).toMatch(/^✍️ Your answer\n/);
    expect(prompt?.params.reply_markup).toEqual({
      force_reply: true,
      input_field_placeholder: "Situation, task, action, result…",
    });
    if (prompt === undefined) throw new Error("no prompt sent");

    const before = rig.fake.calls.length;
    const verdict = await next(rig.fake.replyUpdate(ANA, chat, ANSWER, prompt), ANA.id);
    expect(verdict.text).toMatch(/^🎯 Score: \d+\/10 \(offline judge\)/);
    const made = rig.fake.calls.slice(before).map((c) => c.method);
    expect(made.indexOf("sendChatAction")).toBeGreaterThanOrEqual(0);
    expect(made.indexOf("sendChatAction")).toBeLessThan(made.indexOf("sendMessage"));
    expect(rig.fake.calls.slice(before).find((c) => c.method === "sendChatAction")?.params.action).toBe(
      "typing",
    );
    // The verdict comes after a wait: it notifies.
    expect(verdict.call.params.disable_notification).toBeUndefined();
    expect(verdict.text).toContain("To answer it, tap ✍️ Answer or reply to this message; Skip finishes.");
    expect(labels(verdict.call)[0]).toEqual(["✍️ Answer"]);
    followUpVerdict = verdict.call;
    answerPrompt = prompt;
  });

  let answerPrompt: Call | undefined;

  let followUpVerdict: Call | undefined;

  it("GIVEN a verdict asking a follow-up THEN a reply to it answers the follow-up", async () => {
    if (followUpVerdict === undefined) throw new Error("no follow-up asked");
    const judged = await next(rig.fake.replyUpdate(ANA, privateChat(ANA), ANSWER, followUpVerdict), ANA.id);
    expect(judged.text).toMatch(/^🎯 Score: \d+\/10/);
    expect(judged.text).toContain("For another question or your history, use the buttons below.");
    expect(labels(judged.call)).toEqual([["🎤 Another question", "🔎 Full breakdown", "📈 History"]]);
    // A reply to a verdict that ended the session answers nothing.
    const after = await next(rig.fake.replyUpdate(ANA, privateChat(ANA), "thanks!", judged.call), ANA.id);
    expect(after.text).toBe("Commands start with a slash — try /checkin 2h or /help.");
  });

  it("GIVEN the answer box of a question since judged WHEN it is replied to again THEN the member is told that question is closed", async () => {
    if (answerPrompt === undefined) throw new Error("no prompt sent");
    const late = await next(rig.fake.replyUpdate(ANA, privateChat(ANA), ANSWER, answerPrompt), ANA.id);
    expect(late.text).toBe(
      "That question is no longer open — it was answered, skipped or stopped. /mock for another one.",
    );
  });

  it("GIVEN a reply to the question message itself THEN it is judged; a reply to a question since skipped is not taken", async () => {
    const chat = privateChat(ANA);
    const first = await rig.say(ANA, chat, "/mock project");
    // Skip closes the first question and asks another; its keyboard is taken off.
    const calls = await press(ANA, first.call, buttonNamed(first.call, "⏭️ Skip"));
    expect(calls.some((c) => c.method === "editMessageReplyMarkup")).toBe(true);
    const second = calls.find((c) => c.method === "sendMessage");
    expect(String(second?.params.text)).toContain("🎤 Mock interview");
    if (second === undefined) throw new Error("no second question");

    const stale = await next(rig.fake.replyUpdate(ANA, chat, ANSWER, first.call), ANA.id);
    expect(stale.text).toBe(
      "That question was already answered or closed; nothing new was recorded. /mock for another one.",
    );
    const judged = await next(rig.fake.replyUpdate(ANA, chat, ANSWER, second), ANA.id);
    expect(judged.text).toMatch(/^🎯 Score: \d+\/10/);
  });

  it('GIVEN a Portuguese speaker THEN "peraí, já respondo" is not judged, and the buttons speak Portuguese', async () => {
    const chat = privateChat(JOAO);
    await rig.say(JOAO, chat, "/start");
    const question = await rig.say(JOAO, chat, "/entrevista projeto");
    expect(question.text).toContain("Toque em ✍️ Responder abaixo, ou responda a esta mensagem");
    expect(labels(question.call)).toEqual([["✍️ Responder"], ["⏭️ Pular", "⏹️ Encerrar", "📈 Histórico"]]);
    const wait = await rig.say(JOAO, chat, "peraí, já respondo");
    expect(wait.text).toMatch(/^Essa era a sua resposta\? .*nada foi avaliado ainda/);
    expect(wait.text).not.toContain("Nota");
    const voice = await next(rig.fake.mediaUpdate(JOAO, chat, "voice"), JOAO.id);
    expect(voice.text).toContain("Só consigo avaliar resposta escrita — um áudio não chega ao avaliador.");
    expect(rig.errors).toEqual([]);
  });

  it("GIVEN an English Telegram app and /language pt-BR THEN the question's buttons and its answer box speak Portuguese", async () => {
    const caio: FakeUser = { id: 1004, first_name: "Caio", language_code: "en" };
    const chat = privateChat(caio);
    await rig.say(caio, chat, "/start");
    await rig.say(caio, chat, "/language pt-BR");
    const question = await rig.say(caio, chat, "/mock projeto");
    expect(labels(question.call)).toEqual([["✍️ Responder"], ["⏭️ Pular", "⏹️ Encerrar", "📈 Histórico"]]);
    const calls = await press(caio, question.call, buttonNamed(question.call, "✍️ Responder"));
    const prompt = calls.find((c) => c.method === "sendMessage");
    expect(String(prompt?.params.text)).toMatch(/^✍️ Sua resposta\n/);
    expect(prompt?.params.reply_markup).toMatchObject({
      input_field_placeholder: "Situação, tarefa, ação, resultado…",
    });
    expect(rig.errors).toEqual([]);
  });

  it("GIVEN the answer box of a question since skipped WHEN it is replied to THEN nothing is judged, and the newer question stays open", async () => {
    const duda: FakeUser = { id: 1005, first_name: "Duda", language_code: "en" };
    const chat = privateChat(duda);
    await rig.say(duda, chat, "/start");
    const first = await rig.say(duda, chat, "/mock project");
    const boxCalls = await press(duda, first.call, buttonNamed(first.call, "✍️ Answer"));
    const box = boxCalls.find((c) => c.method === "sendMessage");
    if (box === undefined) throw new Error("no answer box sent");
    const skipped = await press(duda, first.call, buttonNamed(first.call, "⏭️ Skip"));
    const second = skipped.find((c) => c.method === "sendMessage");
    if (second === undefined) throw new Error("no second question");

    const stale = await next(rig.fake.replyUpdate(duda, chat, ANSWER, box), duda.id);
    expect(stale.text).toBe(
      "That question was already answered or closed; nothing new was recorded. /mock for another one.",
    );
    const judged = await next(rig.fake.replyUpdate(duda, chat, ANSWER, second), duda.id);
    expect(judged.text).toMatch(/^🎯 Score: \d+\/10/);
    expect(rig.errors).toEqual([]);
  });
});
