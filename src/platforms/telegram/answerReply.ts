// Which messages answer a mock-interview question on Telegram: a reply to the question (or to the verdict
// asking a follow-up), read from its keyboard, or to the prompt the Answer button sends. "Your next message
// is the answer" judged "wait, I'm on it" and revealed the key points; a reply is a deliberate answer, and
// the Answer button opens one with the reply box set. Any other message is left to the core, which does
// not judge it while a question is open (Capabilities.answersInReplies).
import type { Message } from "grammy/types";
import type { FormInput } from "../../core/commands/context.js";
import { messagesFor } from "../../core/messages/index.js";
import type { AnswerBoxes } from "./answerBoxes.js";
import { answeringUnder } from "./mockKeyboard.js";

/** The prompt's first line in either language: how it is told apart from the bot's other messages. */
const PROMPT_HEADINGS = [messagesFor("en"), messagesFor("pt-BR")].map((t) =>
  t["telegram.mock.answerHeading"]({}),
);

/** The answer form a private message stands for; null when it is not a reply to a question of ours. */
export function answerReplyOf(message: Message, botId: number, boxes?: AnswerBoxes): FormInput | null {
  const { text, reply_to_message: repliedTo } = message;
  if (message.chat.type !== "private" || text === undefined || text.trimStart().startsWith("/")) return null;
  if (repliedTo === undefined || repliedTo.from?.id !== botId) return null;
  const answering = answeringUnder(repliedTo);
  if (answering === "none") return null;
  if (answering !== null) return { kind: "answer", text, answering };
  // The prompt carries no keyboard (the reply box takes its place): it answers the question open now.
  const prompt = repliedTo.text ?? "";
  if (!PROMPT_HEADINGS.some((heading) => prompt.startsWith(heading))) return null;
  const asked = boxes?.answeringOf(message.chat.id, repliedTo.message_id);
  return asked === undefined ? { kind: "answer", text } : { kind: "answer", text, answering: asked };
}
