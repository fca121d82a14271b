// The button that opens a new modal for the open question: under a verdict, for its follow-up; under a
// repeated /mock, for the question already asked.
import { ActionRowBuilder, ButtonBuilder, type ButtonInteraction, ButtonStyle } from "discord.js";
import type { Messages } from "../../core/messages/index.js";

/** A click asks the core for the member's open question, so the id has nothing else to carry. */
const ANSWER_BUTTON = "mock-answer";

export function answerButton(t: Messages, answering: "followUp" | "open"): ActionRowBuilder<ButtonBuilder> {
  return new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder()
      .setCustomId(ANSWER_BUTTON)
      .setStyle(ButtonStyle.Primary)
      .setLabel(
        answering === "followUp" ? t["discord.mock.answerButton"]({}) : t["mock.answerNowButton"]({}),
      ),
  );
}

export function isAnswerButton(interaction: ButtonInteraction): boolean {
  return interaction.customId === ANSWER_BUTTON;
}
