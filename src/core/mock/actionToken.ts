// A mock action written as a platform's button data and read back: `<kind>[:<session>:<q|f>[:<topic>]]`.
// The token names the question its button was under, so a button left under an old question never acts on
// a newer one; each platform adds its own prefix (Discord's custom_id, Telegram's callback_data).
import type { FormInput } from "../commands/context.js";
import { TARGET_OPTIONS } from "../commands/mock/target.js";
import type { MockAction } from "./actions.js";
import type { Answering } from "./currentQuestion.js";

const TOKEN = /^(answer|skip|stop|switch|another|details|history)(?::(\d+):([qf])(?::([\w-]+))?)?$/;

export function mockActionToken(action: MockAction): string {
  if (action.kind === "another" || action.kind === "details" || action.kind === "history") return action.kind;
  const { sessionId, stage } = action.answering;
  const question = `${action.kind}:${sessionId}:${stage === "question" ? "q" : "f"}`;
  return action.kind === "switch" ? `${question}:${action.topic.id}` : question;
}

/** A press as its token says it: the action, the question it was under, a switch's topic. */
export interface MockPress {
  kind: MockAction["kind"];
  answering?: Answering;
  topic?: string;
}

export function readMockActionToken(token: string): MockPress | null {
  const match = TOKEN.exec(token);
  if (match === null) return null;
  const [, kind, session, stage, topic] = match;
  return {
    kind: kind as MockAction["kind"],
    ...(session === undefined
      ? {}
      : { answering: { sessionId: Number(session), stage: stage === "q" ? "question" : "followUp" } }),
    ...(topic === undefined ? {} : { topic }),
  };
}

/**
 * What a press asks of the core: Answer reopens its question (a bare one, of older buttons, whatever is
 * open); the rest are /mock with the question they were under, which the command checks is still open.
 */
export function mockPressForm({ kind, answering, topic }: MockPress): FormInput {
  if (kind === "answer") return answering === undefined ? { kind: "reopen" } : { kind: "reopen", answering };
  const options: Record<string, string | number> = {};
  const word = kind === "switch" ? topic : kind === "another" ? undefined : kind;
  if (word !== undefined) options.topic = word;
  if (answering !== undefined) {
    options[TARGET_OPTIONS.session] = answering.sessionId;
    options[TARGET_OPTIONS.stage] = answering.stage;
  }
  return { kind: "command", name: "mock", options };
}
