// Handles one Telegram message: keeps what is another bot's or a channel's out, tells the core what
// Telegram can do, and sends the core's reply in the same chat (the plan's, in a private chat, with its
// keyboard).
import { type Api, type Context, InputFile } from "grammy";
import type { Capabilities, CoreDeps } from "../../core/commands/context.js";
import { dispatch } from "../../core/dispatch.js";
import { splitText } from "../splitText.js";
import { documentOf, telegramAttachment } from "./attachment.js";
import { deepLink, deepLinkPayload } from "./commands.js";
import { planKeyboard, stateOf } from "./planKeyboard.js";
import { MAX_CAPTION, MAX_TEXT } from "./sender.js";
import { toIncoming } from "./toIncoming.js";

export interface MessageHandlerOptions {
  deps: CoreDeps;
  clock: () => Date;
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

export function messageHandler({ deps, clock, fileUrl, replyLater }: MessageHandlerOptions) {
  return async (ctx: Context): Promise<void> => {
    const { message } = ctx;
    if (message === undefined) return;
    const incoming = toIncoming(ctx.update.update_id, message);
    if (incoming === null) return;
    const inGroup = incoming.chat.kind === "group";

    // Sent on behalf of a chat: the group itself for its anonymous admins (Telegram sets this, members
    // cannot), or a linked channel, which is no member at all.
    const onBehalfOf = message.sender_chat;
    if (onBehalfOf !== undefined && onBehalfOf.id !== message.chat.id) return;

    const capabilities: Capabilities = {
      privateReplies: false,
      forms: false,
      privateChatLink: (name) => deepLink(ctx.me.username, name),
      botName: ctx.me.username,
      sharedGroupCommands: true,
    };
    const payload = inGroup ? null : deepLinkPayload(incoming.text);
    const document = documentOf(message);
    const reply = await dispatch(
      deps,
      {
        ...incoming,
        ...(payload === null ? {} : { form: { kind: "link" as const, payload } }),
        ...(document === undefined ? {} : { attachment: telegramAttachment(ctx.api, fileUrl, document) }),
        user: {
          ...incoming.user,
          ...(onBehalfOf === undefined ? {} : { asGroup: true }),
          // Asked of Telegram only for a command that needs it.
          isGroupAdmin: () => isChatAdmin(ctx.api, incoming.chat.id, incoming.user.id),
        },
        capabilities,
      },
      clock(),
    );
    // Nothing to say, or a command dropped by the flood guard after its one notice: no API call either.
    if (reply === null || reply.silent === true) return;

    const keyboard =
      reply.planForm === undefined || inGroup ? {} : { reply_markup: planKeyboard(stateOf(reply.planForm)) };
    const answer = async (text: string) => {
      const parts = splitText(text, MAX_TEXT);
      for (const [index, part] of parts.entries()) {
        await ctx.api.sendMessage(incoming.chat.id, part, {
          ...(inGroup
            ? { reply_parameters: { message_id: message.message_id, allow_sending_without_reply: true } }
            : {}),
          // Under the last part, where the member reads on from.
          ...(index === parts.length - 1 ? keyboard : {}),
        });
      }
    };
    const send = async () => {
      if (reply.file === undefined) return answer(reply.text);
      const { filename, content } = reply.file;
      // A caption Telegram would refuse as too long goes as messages after the document instead.
      const fits = reply.text.length <= MAX_CAPTION;
      await ctx.api.sendDocument(
        incoming.chat.id,
        new InputFile(Buffer.from(content), filename),
        fits ? { caption: reply.text } : {},
      );
      if (!fits) await answer(reply.text);
    };
    if (replyLater === undefined) await send();
    else replyLater(send, { chat: incoming.chat.id, updateId: ctx.update.update_id });
  };
}
