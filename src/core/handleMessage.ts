// The core's entry point: one incoming message in, at most one reply out.
import type { CoreDeps, IncomingMessage, Reply } from "./commands/context.js";
import { parseCommand } from "./commands/parseCommand.js";
import { commandNamed } from "./commands/registry.js";
import { say } from "./commands/reply.js";
import { localeFrom, messagesFor } from "./messages/index.js";
import { localDateOf } from "./time/dates.js";

/**
 * Returns null when the text is not a command (platforms decide whether to hint).
 * Failures we cause are logged and answered with a plain "nothing was saved, try again".
 */
export async function handleMessage(
  deps: CoreDeps,
  message: IncomingMessage,
  now: Date,
): Promise<Reply | null> {
  const command = parseCommand(message.text);
  if (command === null) return null;
  const platformLocale = localeFrom(message.user.locale);
  let t = messagesFor(platformLocale ?? deps.defaultLocale);
  const found = commandNamed(command.name);
  if (found === null) return say(t, "command.unknown", { name: command.name.slice(0, 32) });

  try {
    const member = await deps.store.ensureMember(
      {
        platform: message.platform,
        platformUserId: message.user.id,
        displayName: message.user.displayName,
        locale: platformLocale,
      },
      { timezone: deps.defaultTimezone },
    );
    if (member.locale !== null) t = messagesFor(member.locale);
    if (message.chat.kind === "group") {
      await deps.store.ensureGroupMember(member.id, {
        platform: message.platform,
        chatId: message.chat.id,
        title: message.chat.title ?? message.chat.id,
        timezone: deps.defaultTimezone,
      });
    }
    const today = localDateOf(now, member.timezone);
    return await found.handler({ deps, message, member, t, now, today }, command.args);
  } catch (error) {
    deps.log.error({ err: error, command: found.name, platform: message.platform }, "command failed");
    return say(t, "error.internal", {});
  }
}
