// Sends a core reply in a chat: its text split to Telegram's limit, a document when it has one, and its
// buttons (private chats only) under the last part, where the member reads on from.
import { type Api, InputFile } from "grammy";
import type { Reply } from "../../core/commands/context.js";
import type { Messages } from "../../core/messages/index.js";
import { splitText } from "../splitText.js";
import { linkMarkupOf, replyMarkupOf } from "./replyMarkup.js";
import { MAX_CAPTION, MAX_TEXT } from "./sender.js";

export interface SendReplyOptions {
  chatId: number;
  /** The language of the buttons. */
  t: Messages;
  inGroup: boolean;
  /** The member's message it answers, quoted in a group, where many talk at once. */
  replyTo?: number;
  /**
   * Without a sound: the member just asked and has the chat open (a check-in's confirmation). What comes
   * after a wait — a verdict — notifies.
   */
  quiet: boolean;
}

export async function sendReply(api: Api, reply: Reply, options: SendReplyOptions): Promise<void> {
  const { chatId, inGroup, replyTo, quiet } = options;
  const markup = linkMarkupOf(reply) ?? (inGroup ? undefined : replyMarkupOf(reply, options.t));
  const common = {
    ...(replyTo === undefined || !inGroup
      ? {}
      : { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } }),
    ...(quiet ? { disable_notification: true } : {}),
  };
  const answer = async (text: string) => {
    const parts = splitText(text, MAX_TEXT);
    for (const [index, part] of parts.entries()) {
      const last = index === parts.length - 1;
      await api.sendMessage(chatId, part, {
        ...common,
        ...(last && markup !== undefined ? { reply_markup: markup } : {}),
      });
    }
  };
  if (reply.file === undefined) {
    await answer(reply.text);
    return;
  }
  const { filename, content } = reply.file;
  // A caption Telegram would refuse as too long goes as messages after the document instead.
  const fits = reply.text.length <= MAX_CAPTION;
  await api.sendDocument(chatId, new InputFile(Buffer.from(content), filename), {
    ...common,
    ...(fits ? { caption: reply.text } : {}),
  });
  if (!fits) await answer(reply.text);
}

/** How often "typing…" is renewed: Telegram shows it for 5 seconds, or until the bot's next message. */
const TYPING_EVERY_MS = 4000;

/** Runs `work` with "typing…" shown in the chat (the judge may take a while); a failure to show it is no failure. */
export async function whileTyping<T>(api: Api, chatId: number, work: () => Promise<T>): Promise<T> {
  const type = () => api.sendChatAction(chatId, "typing").catch(() => undefined);
  await type();
  const timer = setInterval(type, TYPING_EVERY_MS);
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}
