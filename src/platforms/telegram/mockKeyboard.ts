// The inline keyboard under a mock-interview question or verdict — Answer, Skip, Stop, switch topic, another
// question, details, history — and what a press asks of the core. Each button's data names the question it
// was under (`mock:skip:<session>:<q|f>`), so a keyboard left under an old question never acts on a newer
// one; the same data, read from the message a member replies to, says which question the reply answers.
import type { InlineKeyboardButton, InlineKeyboardMarkup, Message } from "grammy/types";
import type { FormInput } from "../../core/commands/context.js";
import type { Messages } from "../../core/messages/index.js";
import type { MockAction } from "../../core/mock/actions.js";
import {
  type MockPress,
  mockActionToken,
  mockPressForm,
  readMockActionToken,
} from "../../core/mock/actionToken.js";
import type { Answering } from "../../core/mock/currentQuestion.js";

const PREFIX = "mock:";

const dataOf = (action: MockAction): string => `${PREFIX}${mockActionToken(action)}`;

const pressOf = (data: string): MockPress | null =>
  data.startsWith(PREFIX) ? readMockActionToken(data.slice(PREFIX.length)) : null;

function labelOf(t: Messages, action: MockAction): string {
  switch (action.kind) {
    case "answer":
      return t["telegram.mock.answer"]({});
    case "skip":
      return t["telegram.mock.skip"]({});
    case "stop":
      return t["telegram.mock.stop"]({});
    case "switch":
      return t["telegram.mock.switch"]({ topic: action.topic.name[t.locale] });
    case "another":
      return t["telegram.mock.another"]({});
    case "details":
      return t["telegram.mock.details"]({});
    case "history":
      return t["telegram.mock.history"]({});
  }
}

/** The main action (answer, switch) on a row of its own, where a thumb finds it; the rest below. */
export function mockKeyboard(t: Messages, actions: readonly MockAction[]): InlineKeyboardMarkup {
  const button = (action: MockAction): InlineKeyboardButton => ({
    text: labelOf(t, action),
    callback_data: dataOf(action),
  });
  const main = actions.filter((a) => a.kind === "answer" || a.kind === "switch").map(button);
  const rest = actions.filter((a) => a.kind !== "answer" && a.kind !== "switch").map(button);
  return { inline_keyboard: [main, rest].filter((row) => row.length > 0) };
}

/** Presses that leave the question they were under behind. */
const CLOSING: ReadonlySet<MockAction["kind"]> = new Set(["skip", "stop", "switch"]);

/**
 * What a press on this keyboard asks the core; whether it was Answer, and whether it closes the question it
 * was under; null for another button.
 */
export function mockPressInput(data: string): { input: FormInput; answer: boolean; closes: boolean } | null {
  const press = pressOf(data);
  if (press === null) return null;
  return { input: mockPressForm(press), answer: press.kind === "answer", closes: CLOSING.has(press.kind) };
}

/**
 * The question a message of the bot's asks, read from its keyboard's Answer button: a reply to it is the
 * answer. "none": the message has the mock keyboard but nothing to answer (a verdict that ended the
 * session); null: no mock keyboard at all.
 */
export function answeringUnder(message: Pick<Message, "reply_markup">): Answering | "none" | null {
  const presses = (message.reply_markup?.inline_keyboard ?? [])
    .flat()
    .map((button) => ("callback_data" in button ? pressOf(button.callback_data) : null))
    .filter((press) => press !== null);
  if (presses.length === 0) return null;
  return presses.find((press) => press.kind === "answer")?.answering ?? "none";
}
