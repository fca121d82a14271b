// The buttons under a mock-interview question or verdict — answer, skip, stop, switch topic, another
// question, details, history — and what a click asks of the core. Each id names the question it was under
// (`mock-skip:<session>:<q|f>`), so a button left under an old question never acts on a newer one.
import { ActionRowBuilder, ButtonBuilder, ButtonStyle } from "discord.js";
import type { FormInput } from "../../core/commands/context.js";
import { TARGET_OPTIONS } from "../../core/commands/mock/target.js";
import type { Messages } from "../../core/messages/index.js";
import type { MockAction } from "../../core/mock/actions.js";
import type { Answering } from "../../core/mock/currentQuestion.js";

const PREFIX = "mock-";
/** `mock-<kind>`, then `:<session>:<q|f>` for a question's actions, then `:<topic>` for a switch. */
const CUSTOM_ID = /^mock-(answer|skip|stop|switch|another|details|history)(?::(\d+):([qf])(?::([\w-]+))?)?$/;

function idOf(action: MockAction): string {
  if (action.kind === "another" || action.kind === "details" || action.kind === "history") {
    return `${PREFIX}${action.kind}`;
  }
  const { sessionId, stage } = action.answering;
  const question = `${PREFIX}${action.kind}:${sessionId}:${stage === "question" ? "q" : "f"}`;
  return action.kind === "switch" ? `${question}:${action.topic.id}` : question;
}

function labelOf(t: Messages, action: MockAction): string {
  switch (action.kind) {
    case "answer":
      return action.answering.stage === "followUp"
        ? t["discord.mock.answerButton"]({})
        : t["mock.answerNowButton"]({});
    case "skip":
      return t["discord.mock.skipButton"]({});
    case "stop":
      return t["discord.mock.stopButton"]({});
    case "switch":
      return t["discord.mock.switchButton"]({ topic: action.topic.name[t.locale] });
    case "another":
      return t["discord.mock.anotherButton"]({});
    case "details":
      return t["discord.mock.detailsButton"]({});
    case "history":
      return t["discord.mock.historyButton"]({});
  }
}

/** One row: Discord holds five buttons a row, and no reply offers more than four. */
export function mockButtons(t: Messages, actions: readonly MockAction[]): ActionRowBuilder<ButtonBuilder> {
  return new ActionRowBuilder<ButtonBuilder>().addComponents(
    actions.map((action) =>
      new ButtonBuilder()
        .setCustomId(idOf(action))
        .setStyle(
          action.kind === "answer" || action.kind === "switch" ? ButtonStyle.Primary : ButtonStyle.Secondary,
        )
        .setLabel(labelOf(t, action)),
    ),
  );
}

/** What a click on one of these buttons asks the core; null for another button. */
export function mockClickInput(customId: string): FormInput | null {
  const match = CUSTOM_ID.exec(customId);
  if (match === null) return null;
  const [, kind, session, stage, topic] = match;
  const answering: Answering | undefined =
    session === undefined
      ? undefined
      : { sessionId: Number(session), stage: stage === "q" ? "question" : "followUp" };
  // The bare `mock-answer` of older replies opens whatever question is open.
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
