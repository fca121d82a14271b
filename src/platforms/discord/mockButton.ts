// The button under a mock-interview verdict that opens a new modal for the follow-up's answer.
import { ActionRowBuilder, ButtonBuilder, type ButtonInteraction, ButtonStyle } from "discord.js";
import type { Messages } from "../../core/messages/index.js";

/** A click asks the core for the member's open question, so the id has nothing else to carry. */
const ANSWER_BUTTON = "mock-answer";

export function answerButton(t: Messages): ActionRowBuilder<ButtonBuilder> {
  return new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder()
      .setCustomId(ANSWER_BUTTON)
      .setStyle(ButtonStyle.Primary)
      .setLabel(t["discord.mock.answerButton"]({})),
  );
}

export function isAnswerButton(interaction: ButtonInteraction): boolean {
  return interaction.customId === ANSWER_BUTTON;
}
