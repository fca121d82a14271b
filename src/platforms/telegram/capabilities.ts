// What Telegram can do, as the core is told it.
import type { Capabilities } from "../../core/commands/context.js";
import { deepLink } from "./commands.js";

/** What Telegram can do, for the core: links into the private chat, buttons, answers as replies. */
export function telegramCapabilities(botUsername: string): Capabilities {
  return {
    privateReplies: false,
    forms: false,
    answersInReplies: true,
    buttons: true,
    privateChatLink: (name) => deepLink(botUsername, name),
    botName: botUsername,
    sharedGroupCommands: true,
    // A bot cannot write first: a member is reached only once they opened the private chat.
    dmsNeedProof: true,
  };
}
