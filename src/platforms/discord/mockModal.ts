// The mock-interview modal: the question as text, and a paragraph input for the member's answer. Its id
// names the question it was opened for, so a form submitted twice, or after the session moved on, is not
// taken as the answer to whatever is open by then.
import {
  LabelBuilder,
  ModalBuilder,
  type ModalSubmitInteraction,
  TextDisplayBuilder,
  TextInputBuilder,
  TextInputStyle,
} from "discord.js";
import type { Messages } from "../../core/messages/index.js";
import type { Answering } from "../../core/mock/currentQuestion.js";

const PREFIX = "mock:";
const ANSWER = "answer";
/** Discord's limits for a text display and a text input. */
const MAX_QUESTION = 4_000;
const MAX_ANSWER = 4_000;
/** `mock:<session>:<q|f>:<interaction>`; older forms are `mock:<interaction>`. */
const ANSWERING_ID = /^mock:(\d+):([qf]):\d+$/;

export function mockModal(t: Messages, question: string, answering: Answering, id: string): ModalBuilder {
  const stage = answering.stage === "question" ? "q" : "f";
  return new ModalBuilder()
    .setCustomId(`${PREFIX}${answering.sessionId}:${stage}:${id}`)
    .setTitle(t["discord.mock.modalTitle"]({}))
    .addTextDisplayComponents(new TextDisplayBuilder().setContent(question.slice(0, MAX_QUESTION)))
    .addLabelComponents(
      new LabelBuilder()
        .setLabel(t["discord.mock.answerLabel"]({}))
        .setTextInputComponent(
          new TextInputBuilder()
            .setCustomId(ANSWER)
            .setStyle(TextInputStyle.Paragraph)
            .setPlaceholder(t["discord.mock.answerPlaceholder"]({}))
            .setRequired(true)
            .setMaxLength(MAX_ANSWER),
        ),
    );
}

export function isMockAnswer(interaction: ModalSubmitInteraction): boolean {
  return interaction.customId.startsWith(PREFIX);
}

/** The question the form was opened for; undefined for a form opened before ids named it. */
export function answeringOf(interaction: ModalSubmitInteraction): Answering | undefined {
  const match = ANSWERING_ID.exec(interaction.customId);
  if (match === null) return undefined;
  return { sessionId: Number(match[1]), stage: match[2] === "q" ? "question" : "followUp" };
}

export function mockAnswerOf(interaction: ModalSubmitInteraction): string {
  return interaction.fields.getTextInputValue(ANSWER).trim();
}
