// Handles one Telegram message: finds the command, asks the Bot API what the core may not trust from the
// message, runs the core, and answers in the same chat.
import { type Api, type Context, InputFile } from "grammy";
import type { CoreDeps, IncomingMessage } from "../../core/commands/context.js";
import { handleMessage } from "../../core/handleMessage.js";
import { localeFrom, messagesFor } from "../../core/messages/index.js";
import { splitText } from "../splitText.js";
import {
  canonicalName,
  commandFor,
  deepLink,
  deepLinkCommand,
  needsAdmin,
  privateRedirect,
} from "./commands.js";
import { MAX_CAPTION, MAX_TEXT } from "./sender.js";
import { toIncoming } from "./toIncoming.js";

export interface MessageHandlerOptions {
  deps: CoreDeps;
  clock: () => Date;
}

const ADMIN_STATUSES: ReadonlySet<string> = new Set(["creator", "administrator"]);

async function isChatAdmin(api: Api, chatId: string, userId: string): Promise<boolean> {
  const member = await api.getChatMember(chatId, Number(userId));
  return ADMIN_STATUSES.has(member.status);
}

export function messageHandler({ deps, clock }: MessageHandlerOptions) {
  return async (ctx: Context): Promise<void> => {
    const { message } = ctx;
    if (message === undefined) return;
    const incoming = toIncoming(ctx.update.update_id, message);
    if (incoming === null) return;
    const inGroup = incoming.chat.kind === "group";
    const command = commandFor(incoming.text, ctx.me.username, inGroup);
    // A group's conversation is not for the bot, and a command for another bot is not ours anywhere.
    if (command === null && (inGroup || incoming.text.trimStart().startsWith("/"))) return;

    const t = messagesFor(localeFrom(incoming.user.locale) ?? deps.defaultLocale);
    const name = command === null ? null : canonicalName(command.name);
    const adminOnly = inGroup && name !== null && needsAdmin(name);

    // Sent on behalf of a chat: the group itself for its anonymous admins (Telegram sets this, members
    // cannot), or a linked channel. Neither is a member who studies; only the admins may run admin commands.
    const onBehalfOf = message.sender_chat;
    if (onBehalfOf !== undefined && !(adminOnly && onBehalfOf.id === message.chat.id)) return;

    const answer = async (text: string) => {
      for (const part of splitText(text, MAX_TEXT)) {
        await ctx.api.sendMessage(
          incoming.chat.id,
          part,
          inGroup
            ? { reply_parameters: { message_id: message.message_id, allow_sending_without_reply: true } }
            : {},
        );
      }
    };

    if (inGroup && name !== null) {
      const redirect = privateRedirect(name);
      if (redirect !== null) {
        await answer(t[redirect]({ command: name, link: deepLink(ctx.me.username, name) }));
        return;
      }
    }
    const routed: IncomingMessage = { ...incoming };
    if (!inGroup && name === "start" && command !== null) {
      routed.text = deepLinkCommand(command.args) ?? incoming.text;
    }
    if (adminOnly) {
      const isGroupAdmin =
        onBehalfOf !== undefined || (await isChatAdmin(ctx.api, incoming.chat.id, incoming.user.id));
      routed.user = { ...incoming.user, isGroupAdmin };
    }

    const reply = await handleMessage(deps, routed, clock());
    // A command dropped by the flood guard after its one notice: no answer at all, so no API call either.
    if (reply?.silent === true) return;
    if (reply?.file !== undefined) {
      const { filename, content } = reply.file;
      // A caption Telegram would refuse as too long goes as messages after the document instead.
      const fits = reply.text.length <= MAX_CAPTION;
      await ctx.api.sendDocument(
        incoming.chat.id,
        new InputFile(Buffer.from(content), filename),
        fits ? { caption: reply.text } : {},
      );
      if (!fits) await answer(reply.text);
    } else if (reply !== null) await answer(reply.text);
    else if (!inGroup) await answer(t["text.notCommand"]({}));
  };
}
