// What is not an answer while a question is open, where only replies to it are (see
// Capabilities.answersInReplies) or where it holds no text (a voice note, a photo): nothing is judged and
// nothing revealed; the member is told how to answer, under the question's buttons.
import type { CoreDeps, Reply } from "../commands/context.js";
import { say } from "../commands/reply.js";
import { localeFrom, messagesFor } from "../messages/index.js";
import type { MediaKind } from "../messages/mock.js";
import type { Identity } from "../ports.js";
import { openQuestionActions } from "./actions.js";
import { isExpired, isFromChat } from "./session.js";

export interface NotAnAnswerInput {
  identity: Pick<Identity, "platform" | "platformUserId">;
  chatId: string;
  locale?: string | null;
  /** What was sent instead of text; absent for text that did not reply to the question. */
  media?: MediaKind;
}

/** The reply saying how to answer; null when no question is open in this chat (an expired one included). */
export async function notAnAnswer(
  deps: Pick<CoreDeps, "mock" | "defaultLocale">,
  input: NotAnAnswerInput,
  now: Date,
): Promise<Reply | null> {
  const open = await deps.mock.openSessionOf(input.identity);
  if (open === null || !isFromChat(open.session, input.identity.platform, input.chatId)) return null;
  if (isExpired(open.session, now)) return null;
  const t = messagesFor(open.member.locale ?? localeFrom(input.locale) ?? deps.defaultLocale);
  const reply =
    input.media === undefined
      ? say(t, "mock.notAnAnswer", {})
      : say(t, "mock.mediaNotAnswer", { media: input.media });
  const answering = { sessionId: open.session.id, stage: open.session.stage };
  return { ...reply, locale: t.locale, mockActions: openQuestionActions(answering) };
}
