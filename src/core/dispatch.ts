// The core's one way in: a message, a form or a button from any platform in, at most one reply out. The
// member and their language are settled once; each command's declared policy (where it runs, who sees it,
// who may run it) is applied here with what the platform can do.
import type { Capabilities, CoreDeps, FormInput, IncomingMessage, Reply } from "./commands/context.js";
import { COMMAND_NAMES, COMMANDS, commandNamed } from "./commands/index.js";
import { call } from "./commands/names.js";
import { type ParsedCommand, parseCommand } from "./commands/parseCommand.js";
import { say } from "./commands/reply.js";
import type { Command, CommandArgs } from "./commands/spec.js";
import { closestName } from "./commands/suggest.js";
import { cleanMemberText } from "./memberText.js";
import { localeFrom, type Messages, messagesFor } from "./messages/index.js";
import { answerMock } from "./mock/answer.js";
import { answerWithOf } from "./mock/answerWith.js";
import { currentQuestion } from "./mock/currentQuestion.js";
import { notAnAnswer } from "./mock/notAnAnswer.js";
import { memberDayOf } from "./time/memberDay.js";
import { countedAt } from "./time/sentAt.js";

/** A platform that declares nothing: replies go to the chat they came from, answers come as messages. */
const PLAIN: Capabilities = { privateReplies: false, forms: false };

interface Request {
  /** The name as the member wrote it (an alias, a typo). */
  name: string;
  args: CommandArgs;
}

/** The command a message asks for; null for plain text; "notOurs" for a command meant for another bot. */
function requestOf(message: IncomingMessage, capabilities: Capabilities): Request | null | "notOurs" {
  const { form } = message;
  if (form?.kind === "command") return { name: form.name, args: { kind: "options", values: form.options } };
  if (form?.kind === "link") {
    // Links only ever open commands kept out of groups; any other payload (a group's invite tag) is a plain
    // /start, never read as its argument.
    const target = commandNamed(form.payload);
    const name = target?.visibility === "private" ? target.name : "start";
    return { name, args: { kind: "text", text: "" } };
  }
  const command = parseCommand(message.text);
  if (command === null) return null;
  if (!addressedToUs(command, message, capabilities)) return "notOurs";
  return { name: command.name, args: { kind: "text", text: command.args } };
}

function addressedToUs(
  command: ParsedCommand,
  message: IncomingMessage,
  capabilities: Capabilities,
): boolean {
  const { botName, sharedGroupCommands } = capabilities;
  if (command.addressee !== null) {
    return botName === undefined || command.addressee.toLowerCase() === botName.toLowerCase();
  }
  return !(
    sharedGroupCommands === true &&
    message.chat.kind === "group" &&
    commandNamed(command.name) === null
  );
}

/**
 * A newcomer who opens the bot through a link to a command (/start progress) is first registered and
 * welcomed (day 1 set), then the command runs; undefined when the member had already started.
 */
async function welcomeFirst(
  deps: CoreDeps,
  incoming: IncomingMessage,
  message: IncomingMessage,
  payload: string,
  now: Date,
): Promise<Reply | null | undefined> {
  const target = commandNamed(payload);
  if (target === null || target.visibility !== "private" || target.name === "start") return undefined;
  const member = await deps.store.ensureMember(identityOf(message), {
    timezone: deps.defaultTimezone,
    privately: message.chat.kind === "private",
  });
  if (member.roadmapStart !== null) return undefined;
  const { form: _link, ...plain } = incoming;
  const welcome = await dispatch(
    deps,
    { ...plain, text: "/start", eventId: `${incoming.eventId}:welcome` },
    now,
  );
  const linked = await dispatch(deps, incoming, now);
  if (welcome === null || linked === null) return welcome ?? linked;
  return { ...linked, text: `${welcome.text}\n\n${linked.text}` };
}

/** The platform account a message comes from, as the store knows members by. */
function identityOf(message: IncomingMessage) {
  return {
    platform: message.platform,
    platformUserId: message.user.id,
    displayName: message.user.displayName,
    locale: localeFrom(message.user.locale),
    ...(message.user.username === undefined ? {} : { username: message.user.username }),
  };
}

/**
 * Null: nothing to say (chatter in a group, a message sent in a group's name that is not for us). Commands
 * past the flood guard's rate are refused before any query. Failures we cause are logged and answered with
 * a plain "nothing was saved, try again".
 */
export async function dispatch(deps: CoreDeps, incoming: IncomingMessage, at: Date): Promise<Reply | null> {
  // A message counts from when it was sent, not from when its turn came in a busy chat.
  const now = countedAt(incoming.sentAt, at);
  const message = withCleanNames(incoming);
  const capabilities = message.capabilities ?? PLAIN;
  const platformLocale = localeFrom(message.user.locale);
  const t = messagesFor(platformLocale ?? deps.defaultLocale);
  const { form } = message;
  if (form?.kind === "answer" || form?.kind === "reopen")
    return fromForm(deps, message, form, capabilities, now);
  if (form?.kind === "link") {
    const welcomed = await welcomeFirst(deps, incoming, message, form.payload, now);
    if (welcomed !== undefined) return welcomed;
  }

  const request = requestOf(message, capabilities);
  if (request === "notOurs") return null;
  if (request === null) {
    if (message.user.asGroup === true) return null;
    return plainText(deps, message, capabilities, now, t);
  }
  const { command: found, args } = routed(commandNamed(request.name), request.args);
  // In a group's own name, only its admins' commands can be meant.
  if (message.user.asGroup === true && found?.adminOnly === undefined) return null;
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
      return say(t, "flood.notRecorded", { command: request.name.slice(0, 32), seconds });
    }
    const notice = say(t, "flood.slowDown", { seconds });
    return admission.notify ? notice : { ...notice, silent: true };
  }
  if (found === null) {
    deps.metrics?.command("unknown", "unknown");
    // Suggested under the name a member of this language is shown everywhere else (/progreso → /progresso).
    const closest = closestName(request.name, COMMAND_NAMES);
    const meant = closest === null ? null : commandNamed(closest);
    return say(t, "command.unknown", {
      name: request.name.slice(0, 32),
      suggestion: meant === null ? null : call(meant, t.locale).slice(1),
    });
  }
  try {
    const reply = await runCommand(deps, message, capabilities, found, args, now);
    deps.metrics?.command(found.name, "ok");
    return reply;
  } catch (error) {
    deps.metrics?.command(found.name, "failed");
    deps.log.error({ err: error, command: found.name, platform: message.platform }, "command failed");
    return say(t, "error.internal", {});
  }
}

/**
 * The command a typed form stands for (/roadmap import → roadmap-import), the request's arguments then
 * being the rest of the text; the command itself otherwise.
 */
function routed(command: Command | null, args: CommandArgs): { command: Command | null; args: CommandArgs } {
  if (command?.routes === undefined || args.kind !== "text") return { command, args };
  const [first = "", ...rest] = args.text.trim().split(/\s+/);
  const target = commandNamed(command.routes[first.toLowerCase()] ?? "");
  return target === null
    ? { command, args }
    : { command: target, args: { kind: "text", text: rest.join(" ") } };
}

/** The roadmap a command will run with, as dispatch resolves it, read before anything is written. */
async function roadmapBefore(deps: CoreDeps, message: IncomingMessage) {
  const group =
    message.chat.kind === "group" ? await deps.schedule.groupByChat(message.platform, message.chat.id) : null;
  const key =
    group?.roadmapKey ??
    (await deps.store.roadmapKeyOf({ platform: message.platform, platformUserId: message.user.id }));
  return deps.roadmaps.resolve(key);
}

async function runCommand(
  deps: CoreDeps,
  message: IncomingMessage,
  capabilities: Capabilities,
  command: Command,
  args: CommandArgs,
  now: Date,
): Promise<Reply> {
  const inGroup = message.chat.kind === "group";
  // Asked of the platform before any transaction opens: it may be a network call.
  const admin = command.adminOnly !== undefined && inGroup ? await isAdmin(message) : false;
  const platformLocale = localeFrom(message.user.locale);
  // Network reads too, and only for a command that may run here, by this member.
  const mayRun =
    (command.where === "any" || command.where === message.chat.kind) &&
    (command.adminOnly === undefined || admin);
  const prefetched =
    command.prefetch === undefined || !mayRun
      ? {}
      : await command.prefetch(args, {
          deps,
          message,
          capabilities,
          roadmap: () => roadmapBefore(deps, message),
        });

  const run = async (d: CoreDeps) => {
    const member = await d.store.ensureMember(identityOf(message), {
      timezone: d.defaultTimezone,
      privately: !inGroup,
    });
    const t = messagesFor(member.locale ?? platformLocale ?? d.defaultLocale);
    const group = inGroup
      ? await d.store.ensureGroupMember(
          member.id,
          {
            platform: message.platform,
            chatId: message.chat.id,
            title: message.chat.title ?? message.chat.id,
            timezone: d.defaultTimezone,
          },
          message.user.displayName,
        )
      : null;
    const refusal = policyRefusal(command, message, capabilities, admin, t);
    if (refusal !== null) return { reply: refusal, memberId: member.id };
    // The member's day, not the calendar's: with /daystart 04:00 a check-in at 01:30 is yesterday's.
    const today = memberDayOf(now, member);
    // In a group, the roadmap it follows; elsewhere the member's own (the last group's that chose one).
    const roadmap = await d.roadmaps.resolve(group?.roadmapKey ?? member.roadmapKey, d.store);
    const ctx = {
      deps: { ...d, roadmap },
      message,
      member,
      group,
      t,
      now,
      today,
      capabilities,
      commands: COMMANDS,
      prefetched,
    };
    const handled = await command.handle(ctx, args);
    const reply = withLabelsLocale(handled, t);
    return {
      reply: command.visibility === "public" ? { ...reply, audience: "group" as const } : reply,
      memberId: member.id,
    };
  };
  // Everything such a command writes, the member included, is kept with the record of its event or not at
  // all; a redelivery gets the first reply back without running again.
  if (command.changesData && command.recordsOwnEvent !== true) {
    return deps.store.onceForEvent({ platform: message.platform, eventId: message.eventId }, (tx) =>
      run({ ...deps, ...tx }),
    );
  }
  return (await run(deps)).reply;
}

/** A reply the platform adds labelled parts to (buttons, an answer box) says in which language. */
function withLabelsLocale(reply: Reply, t: Messages): Reply {
  const labelled = reply.confirm ?? reply.mockActions ?? reply.awaitingAnswer;
  return labelled === undefined ? reply : { ...reply, locale: t.locale };
}

/** Where the command may not run, who may not run it, or where its reply may not be seen. */
function policyRefusal(
  command: Command,
  message: IncomingMessage,
  capabilities: Capabilities,
  admin: boolean,
  t: Messages,
): Reply | null {
  const inGroup = message.chat.kind === "group";
  if (command.where !== "any" && command.where !== message.chat.kind) {
    return command.elsewhere === undefined
      ? say(t, "command.elsewhere", { where: command.where })
      : { text: command.elsewhere(t.locale) };
  }
  if (command.adminOnly !== undefined && !admin) return { text: command.adminOnly(t.locale) };
  const link = capabilities.privateChatLink;
  if (command.visibility === "private" && inGroup && !capabilities.privateReplies && link !== undefined) {
    const url = link(command.name);
    // Where the platform has buttons, the link is one (a tap, not a bare address to copy).
    const asButton = capabilities.buttons === true;
    const shown = asButton ? t["private.linkBelow"]({}) : url;
    const reply =
      command.privateLink === undefined
        ? say(t, "private.personal", { command: call(command, t.locale), link: shown })
        : { text: command.privateLink(shown, t.locale) };
    return asButton ? { ...reply, openLink: { url, label: t["private.openButton"]({}) } } : reply;
  }
  return null;
}

async function isAdmin(message: IncomingMessage): Promise<boolean> {
  const { isGroupAdmin } = message.user;
  if (message.user.asGroup === true) return true;
  return typeof isGroupAdmin === "function" ? isGroupAdmin() : isGroupAdmin === true;
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

function here(message: IncomingMessage) {
  return {
    identity: { platform: message.platform, platformUserId: message.user.id },
    chatId: message.chat.id,
    locale: message.user.locale ?? null,
  };
}

/** Plain text never creates a member: only someone with an open question is answered. */
async function plainText(
  deps: CoreDeps,
  message: IncomingMessage,
  capabilities: Capabilities,
  now: Date,
  t: Messages,
): Promise<Reply | null> {
  // Where questions are asked in the private chat through a link, a group's talk answers none: no query.
  const inGroup = message.chat.kind === "group";
  if (inGroup && !capabilities.privateReplies && capabilities.privateChatLink !== undefined) return null;
  const { media } = message;
  // Where answers are replies (Telegram), a reply to the question comes as a form: plain text here is not one.
  if (media !== undefined || capabilities.answersInReplies === true) {
    const hint = await answered(deps, message, t, () =>
      notAnAnswer(deps, { ...here(message), ...(media === undefined ? {} : { media }) }, now),
    );
    if (hint !== null || media !== undefined) return hint;
  }
  const reply = await answered(deps, message, t, () =>
    answerMock(
      deps,
      {
        ...here(message),
        eventId: message.eventId,
        text: message.text,
        answerWith: answerWithOf(capabilities),
      },
      now,
    ),
  );
  // In a group the conversation is not for us; in a private chat, say what we understand.
  if (reply === null && !inGroup) return say(t, "text.notCommand", {});
  return reply;
}

async function fromForm(
  deps: CoreDeps,
  message: IncomingMessage,
  form: Extract<FormInput, { kind: "answer" | "reopen" }>,
  capabilities: Capabilities,
  now: Date,
): Promise<Reply> {
  const t = messagesFor(localeFrom(message.user.locale) ?? deps.defaultLocale);
  if (form.kind === "reopen") {
    const reopened = await answered(deps, message, t, async () => {
      const asked = form.answering === undefined ? {} : { answering: form.answering };
      return (await currentQuestion(deps, { ...here(message), ...asked }, now)).reply;
    });
    return reopened ?? say(t, "error.internal", {});
  }
  // A submitted form is an answer to the question it was opened for, whatever its text looks like (a form
  // holding "/mock skip" is an answer, not a command).
  const reply = await answered(deps, message, t, () =>
    answerMock(
      deps,
      {
        ...here(message),
        eventId: message.eventId,
        text: form.text,
        answerWith: answerWithOf(capabilities),
        ...(form.answering === undefined ? {} : { answering: form.answering }),
      },
      now,
    ),
  );
  // No question open here and the form names none (Telegram's answer box, a form opened before forms named
  // theirs): it was opened for a question since closed.
  return reply ?? say(t, "mock.questionClosed", {});
}

async function answered(
  deps: CoreDeps,
  message: IncomingMessage,
  t: Messages,
  work: () => Promise<Reply | null>,
): Promise<Reply | null> {
  try {
    return await work();
  } catch (error) {
    deps.log.error({ err: error, platform: message.platform }, "mock answer failed");
    return say(t, "error.internal", {});
  }
}
