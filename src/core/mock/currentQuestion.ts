// The member's open question, asked again when they choose to answer it now (a platform's "answer" button),
// or why there is none to answer any more.
import type { CoreDeps, Reply } from "../commands/context.js";
import { say } from "../commands/reply.js";
import { localeFrom, messagesFor } from "../messages/index.js";
import type { Identity } from "../ports.js";
import { openPrompt } from "./openPrompt.js";
import { isExpired, minutesLeft, SESSION_MINUTES } from "./session.js";

export interface CurrentQuestionInput {
  identity: Pick<Identity, "platform" | "platformUserId">;
  /** Answers are only taken in the chat the session started in. */
  chatId: string;
  /** The platform's locale for the member, when they have not chosen one. */
  locale?: string | null;
}

/** A reply with `awaitingAnswer` when a question is open here; never creates a member. */
export async function currentQuestion(
  deps: CoreDeps,
  input: CurrentQuestionInput,
  now: Date,
): Promise<Reply> {
  const open = await deps.mock.openSessionOf(input.identity);
  const t = messagesFor(open?.member.locale ?? localeFrom(input.locale) ?? deps.defaultLocale);
  const here =
    open !== null &&
    open.session.platform === input.identity.platform &&
    open.session.chatId === input.chatId;
  if (open === null || !here) return say(t, "mock.questionClosed", {});
  const { session } = open;
  if (isExpired(session, now)) {
    await deps.mock.endSession(session.id, "expired", now);
    return say(t, "mock.expired", { minutes: SESSION_MINUTES, topicId: session.topicId });
  }
  const prompt = openPrompt(deps.roadmap, session, t);
  if (prompt === null) {
    await deps.mock.endSession(session.id, "stopped", now);
    return say(t, "mock.sessionChanged", {});
  }
  return {
    ...say(t, "mock.alreadyOpen", { question: prompt.text, minutesLeft: minutesLeft(session, now) }),
    awaitingAnswer: { question: prompt.text },
  };
}
