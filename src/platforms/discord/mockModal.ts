// The mock-interview modal: the question as text, and a paragraph input for the member's answer.
import {
  LabelBuilder,
  ModalBuilder,
  type ModalSubmitInteraction,
  TextDisplayBuilder,
  TextInputBuilder,
  TextInputStyle,
} from "discord.js";
import type { Messages } from "../../core/messages/index.js";

const PREFIX = "mock:";
const ANSWER = "answer";
/** Discord's limits for a text display and a text input. */
const MAX_QUESTION = 4_000;
const MAX_ANSWER = 4_000;

export function mockModal(t: Messages, question: string, id: string): ModalBuilder {
  return new ModalBuilder()
    .setCustomId(`${PREFIX}${id}`)
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

export function mockAnswerOf(interaction: ModalSubmitInteraction): string {
  return interaction.fields.getTextInputValue(ANSWER).trim();
}
