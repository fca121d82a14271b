// Handles one Telegram message: keeps what is another bot's or a channel's out, tells the core what
// Telegram can do, and sends the core's reply in the same chat with its buttons (in a private chat). A
// reply to a mock question is its answer, judged while "typing…" shows; a voice note or a photo reaches
// the core as media, which it answers only while a question is open.
import type { Api, Context } from "grammy";
import type { CoreDeps, FormInput, IncomingMessage } from "../../core/commands/context.js";
import { dispatch } from "../../core/dispatch.js";
import { localeFrom, messagesFor } from "../../core/messages/index.js";
import type { AnswerBoxes } from "./answerBoxes.js";
import { answerReplyOf } from "./answerReply.js";
import { documentOf, telegramAttachment } from "./attachment.js";
import { telegramCapabilities } from "./capabilities.js";
import { deepLinkPayload } from "./commands.js";
import { mediaOf } from "./media.js";
import { sendReply, whileTyping } from "./sendReply.js";
import { toIncoming } from "./toIncoming.js";

export interface MessageHandlerOptions {
  deps: CoreDeps;
  clock: () => Date;
  /** The answer boxes sent for mock questions: a reply to one answers that question only. */
  boxes?: AnswerBoxes;
  /** Where the Bot API serves a file's path. */
  fileUrl: (path: string) => string;
  /**
   * Sends the reply on the chat's line of replies, so that the chat's next update need not wait for it
   * (Telegram lets a group have about 20 messages a minute); absent, the reply is sent before returning.
   */
  replyLater?(send: () => Promise<void>, update: { chat: string; updateId: number }): void;
}

const ADMIN_STATUSES: ReadonlySet<string> = new Set(["creator", "administrator"]);

async function isChatAdmin(api: Api, chatId: string, userId: string): Promise<boolean> {
  const member = await api.getChatMember(chatId, Number(userId));
  return ADMIN_STATUSES.has(member.status);
}

export function messageHandler({ deps, clock, fileUrl, replyLater, boxes }: MessageHandlerOptions) {
  return async (ctx: Context): Promise<void> => {
    const { message } = ctx;
    if (message === undefined) return;
    const media = mediaOf(message);
    // Media has no text of its own: its caption, if any, is not a command and is not read.
    const incoming = toIncoming(
      ctx.update.update_id,
      media === undefined ? message : { ...message, text: "" },
    );
    if (incoming === null) return;
    const inGroup = incoming.chat.kind === "group";

    // Sent on behalf of a chat: the group itself for its anonymous admins (Telegram sets this, members
    // cannot), or a linked channel, which is no member at all.
    const onBehalfOf = message.sender_chat;
    if (onBehalfOf !== undefined && onBehalfOf.id !== message.chat.id) return;

    const payload = inGroup ? null : deepLinkPayload(incoming.text);
    const answer = answerReplyOf(message, ctx.me.id, boxes);
    const form: FormInput | null = answer ?? (payload === null ? null : { kind: "link", payload });
    const document = media === undefined ? documentOf(message) : undefined;
    const input: IncomingMessage = {
      ...incoming,
      ...(form === null ? {} : { form }),
      ...(media === undefined ? {} : { media }),
      ...(document === undefined ? {} : { attachment: telegramAttachment(ctx.api, fileUrl, document) }),
      user: {
        ...incoming.user,
        ...(onBehalfOf === undefined ? {} : { asGroup: true }),
        // Asked of Telegram only for a command that needs it.
        isGroupAdmin: () => isChatAdmin(ctx.api, incoming.chat.id, incoming.user.id),
      },
      capabilities: telegramCapabilities(ctx.me.username),
    };
    const chatId = message.chat.id;
    const run = () => dispatch(deps, input, clock());
    const reply = answer === null ? await run() : await whileTyping(ctx.api, chatId, run);
    // Nothing to say, or a command dropped by the flood guard after its one notice: no API call either.
    if (reply === null || reply.silent === true) return;
    const send = () =>
      sendReply(ctx.api, reply, {
        chatId,
        t: messagesFor(reply.locale ?? localeFrom(incoming.user.locale) ?? deps.defaultLocale),
        inGroup,
        replyTo: message.message_id,
        // A verdict comes after the judge's wait: it notifies. Everything else answers what was just sent.
        quiet: answer === null,
      });
    if (replyLater === undefined) await send();
    else replyLater(send, { chat: incoming.chat.id, updateId: ctx.update.update_id });
  };
}
