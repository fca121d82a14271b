// The core's entry point: one incoming message in, at most one reply out.
import type { CoreDeps, IncomingMessage, Reply } from "./commands/context.js";
import { parseCommand } from "./commands/parseCommand.js";
import { COMMAND_NAMES, commandNamed } from "./commands/registry.js";
import { say } from "./commands/reply.js";
import { closestName } from "./commands/suggest.js";
import { cleanMemberText } from "./memberText.js";
import { localeFrom, type Messages, messagesFor } from "./messages/index.js";
import { answerMock } from "./mock/answer.js";
import { localDateOf } from "./time/dates.js";

/**
 * Plain text is the answer to the member's open mock-interview question, if any; otherwise null
 * (platforms decide whether to hint). Commands past the flood guard's rate are refused before any query.
 * Failures we cause are logged and answered with a plain "nothing was saved, try again".
 */
export async function handleMessage(
  deps: CoreDeps,
  incoming: IncomingMessage,
  now: Date,
): Promise<Reply | null> {
  const message = withCleanNames(incoming);
  const command = parseCommand(message.text);
  const platformLocale = localeFrom(message.user.locale);
  let t = messagesFor(platformLocale ?? deps.defaultLocale);
  if (command === null) return plainText(deps, message, now, t);
  const found = commandNamed(command.name);
  const admission = deps.floodGuard?.admit(
    {
      platform: message.platform,
      eventId: message.eventId,
      userId: message.user.id,
      chatId: message.chat.id,
    },
    now,
  );
  if (admission?.kind === "refuse") {
    const seconds = Math.max(1, Math.ceil(admission.retryInMs / 1000));
    // A change is never dropped in silence: the member must know it was not recorded, and when to resend.
    if (found?.changesData === true) {
      return say(t, "flood.notRecorded", { command: command.name.slice(0, 32), seconds });
    }
    const notice = say(t, "flood.slowDown", { seconds });
    return admission.notify ? notice : { ...notice, silent: true };
  }
  if (found === null) {
    deps.metrics?.command("unknown", "unknown");
    return say(t, "command.unknown", {
      name: command.name.slice(0, 32),
      suggestion: closestName(command.name, COMMAND_NAMES),
    });
  }

  try {
    const run = async (d: CoreDeps) => {
      const member = await d.store.ensureMember(
        {
          platform: message.platform,
          platformUserId: message.user.id,
          displayName: message.user.displayName,
          locale: platformLocale,
        },
        { timezone: d.defaultTimezone },
      );
      if (member.locale !== null) t = messagesFor(member.locale);
      const group =
        message.chat.kind === "group"
          ? await d.store.ensureGroupMember(member.id, {
              platform: message.platform,
              chatId: message.chat.id,
              title: message.chat.title ?? message.chat.id,
              timezone: d.defaultTimezone,
            })
          : null;
      const today = localDateOf(now, member.timezone);
      const reply = await found.handler({ deps: d, message, member, group, t, now, today }, command.args);
      return { reply, memberId: member.id };
    };
    // Everything such a command writes, the member included, is kept with the record of its event or not at
    // all; a redelivery gets the first reply back without running again.
    const reply = found.oncePerEvent
      ? await deps.store.onceForEvent({ platform: message.platform, eventId: message.eventId }, (tx) =>
          run({ ...deps, ...tx }),
        )
      : (await run(deps)).reply;
    deps.metrics?.command(found.name, "ok");
    return reply;
  } catch (error) {
    deps.metrics?.command(found.name, "failed");
    deps.log.error({ err: error, command: found.name, platform: message.platform }, "command failed");
    return say(t, "error.internal", {});
  }
}

/** Names the group will see (the leaderboard, the summary, a public check-in) hide nothing and fit a line. */
function withCleanNames(message: IncomingMessage): IncomingMessage {
  const { user, chat } = message;
  return {
    ...message,
    user: { ...user, displayName: cleanMemberText(user.displayName) || user.id },
    chat: chat.title === undefined ? chat : { ...chat, title: cleanMemberText(chat.title) || chat.id },
  };
}

/** Plain text never creates a member: only someone with an open question is answered. */
async function plainText(
  deps: CoreDeps,
  message: IncomingMessage,
  now: Date,
  t: Messages,
): Promise<Reply | null> {
  try {
    return await answerMock(
      deps,
      {
        identity: { platform: message.platform, platformUserId: message.user.id },
        chatId: message.chat.id,
        eventId: message.eventId,
        text: message.text,
        locale: message.user.locale ?? null,
        answersInForms: message.answersInForms === true,
      },
      now,
    );
  } catch (error) {
    deps.log.error({ err: error, platform: message.platform }, "mock answer failed");
    return say(t, "error.internal", {});
  }
}
