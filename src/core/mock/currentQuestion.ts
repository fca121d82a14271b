// The member's open question, asked again when they choose to answer it now (a platform's "answer" button),
// or why there is none to answer any more.
import type { CoreDeps, Reply } from "../commands/context.js";
import { say } from "../commands/reply.js";
import { localeFrom, messagesFor } from "../messages/index.js";
import type { Identity } from "../ports.js";
import { openQuestionActions } from "./actions.js";
import { answerablePrompt } from "./openPrompt.js";
import type { MockStage } from "./ports.js";
import { isExpired, isFromChat, minutesLeft } from "./session.js";
import { withSessionRoadmap } from "./sessionRoadmap.js";

export interface CurrentQuestionInput {
  identity: Pick<Identity, "platform" | "platformUserId">;
  /** Answers are only taken in the chat the session started in. */
  chatId: string;
  /** The platform's locale for the member, when they have not chosen one. */
  locale?: string | null;
  /** The question the member asked to answer (a button under it): any other is not opened instead. */
  answering?: Answering;
}

/** Which question a form is for: its answer is only taken while that question is still the open one. */
export interface Answering {
  sessionId: number;
  stage: MockStage;
}

/** The question open in this chat and still answerable, if any; never creates a member or ends a session. */
export async function openQuestionHere(
  deps: Pick<CoreDeps, "mock">,
  input: Omit<CurrentQuestionInput, "locale">,
  now: Date,
): Promise<Answering | null> {
  const open = await deps.mock.openSessionOf(input.identity);
  if (open === null || !isFromChat(open.session, input.identity.platform, input.chatId)) return null;
  if (isExpired(open.session, now)) return null;
  return { sessionId: open.session.id, stage: open.session.stage };
}

/**
 * A reply with `awaitingAnswer` when a question is open here, and which question it is; never creates a
 * member.
 */
export async function currentQuestion(
  deps: CoreDeps,
  input: CurrentQuestionInput,
  now: Date,
): Promise<{ reply: Reply; answering: Answering | null }> {
  const open = await deps.mock.openSessionOf(input.identity);
  const t = messagesFor(open?.member.locale ?? localeFrom(input.locale) ?? deps.defaultLocale);
  const stale =
    input.answering !== undefined &&
    (open?.session.id !== input.answering.sessionId || open.session.stage !== input.answering.stage);
  if (open === null || stale || !isFromChat(open.session, input.identity.platform, input.chatId)) {
    return { reply: say(t, "mock.questionClosed", {}), answering: null };
  }
  const { session } = open;
  const answerable = await answerablePrompt(await withSessionRoadmap(deps, open), session, t, now);
  if (!answerable.ok) return { reply: answerable.error, answering: null };
  const prompt = answerable.value;
  const reply = say(t, "mock.alreadyOpen", {
    question: prompt.text,
    minutesLeft: minutesLeft(session, now),
    answerWith: "form",
  });
  const answering = { sessionId: session.id, stage: session.stage };
  return {
    reply: {
      ...reply,
      locale: t.locale,
      awaitingAnswer: { question: prompt.text, answering, open: "now" },
      mockActions: openQuestionActions(answering),
    },
    answering,
  };
}
