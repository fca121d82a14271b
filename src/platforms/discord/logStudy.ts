// "Log study" under a nudge: a click opens a form with the time and a note, and its submit is /checkin —
// the same command, caps and replies as typed. Neither id carries anything: a nudge's button always logs
// for today, as the command would.
import {
  ActionRowBuilder,
  ButtonBuilder,
  type ButtonInteraction,
  ButtonStyle,
  LabelBuilder,
  ModalBuilder,
  type ModalSubmitInteraction,
  TextInputBuilder,
  TextInputStyle,
} from "discord.js";
import type { FormInput } from "../../core/commands/context.js";
import { messagesFor } from "../../core/messages/index.js";
import type { Locale } from "../../core/roadmap/types.js";

const BUTTON = "log-study";
const FORM = "log-study-form";
const HOURS = "hours";
const NOTE = "note";

export function logStudyButton(locale: Locale): ActionRowBuilder<ButtonBuilder> {
  return new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder()
      .setCustomId(BUTTON)
      .setStyle(ButtonStyle.Primary)
      .setLabel(messagesFor(locale)["discord.logStudy.button"]({})),
  );
}

export const isLogStudyButton = (interaction: ButtonInteraction): boolean => interaction.customId === BUTTON;
export const isLogStudyForm = (interaction: ModalSubmitInteraction): boolean => interaction.customId === FORM;

export function logStudyModal(locale: Locale): ModalBuilder {
  const t = messagesFor(locale);
  const hours = new TextInputBuilder()
    .setCustomId(HOURS)
    .setStyle(TextInputStyle.Short)
    .setPlaceholder(t["discord.logStudy.hoursPlaceholder"]({}))
    .setRequired(true)
    .setMaxLength(40);
  const note = new TextInputBuilder()
    .setCustomId(NOTE)
    .setStyle(TextInputStyle.Short)
    .setPlaceholder(t["discord.logStudy.notePlaceholder"]({}))
    .setRequired(false)
    .setMaxLength(200);
  return new ModalBuilder()
    .setCustomId(FORM)
    .setTitle(t["discord.logStudy.modalTitle"]({}))
    .addLabelComponents(
      new LabelBuilder().setLabel(t["discord.logStudy.hoursLabel"]({})).setTextInputComponent(hours),
      new LabelBuilder().setLabel(t["discord.logStudy.noteLabel"]({})).setTextInputComponent(note),
    );
}

/** The submitted form as /checkin's options: what a member would have typed in its fields. */
export function logStudyInput(interaction: ModalSubmitInteraction): FormInput {
  const value = (id: string) =>
    interaction.fields.fields.has(id) ? interaction.fields.getTextInputValue(id).trim() : "";
  const note = value(NOTE);
  return {
    kind: "command",
    name: "checkin",
    options: { hours: value(HOURS), ...(note === "" ? {} : { note }) },
  };
}
