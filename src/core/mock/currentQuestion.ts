// The member's open question, asked again when they choose to answer it now (a platform's "answer" button),
// or why there is none to answer any more.
import type { CoreDeps, Reply } from "../commands/context.js";
import { say } from "../commands/reply.js";
import { localeFrom, messagesFor } from "../messages/index.js";
import type { Identity } from "../ports.js";
import { answerablePrompt } from "./openPrompt.js";
import { isFromChat, minutesLeft } from "./session.js";

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
  if (open === null || !isFromChat(open.session, input.identity.platform, input.chatId)) {
    return say(t, "mock.questionClosed", {});
  }
  const { session } = open;
  const answerable = await answerablePrompt(deps, session, t, now);
  if (!answerable.ok) return answerable.error;
  const prompt = answerable.value;
  return {
    ...say(t, "mock.alreadyOpen", { question: prompt.text, minutesLeft: minutesLeft(session, now) }),
    awaitingAnswer: { question: prompt.text },
  };
}
