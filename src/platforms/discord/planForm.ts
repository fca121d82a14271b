// The plan's form: a button under /plan's reply opens a modal with the plan prefilled — its blocks as /plan
// reads them, and its if-then line in two parts. Neither id carries the plan: a click always opens the
// plan as it is now, and a submit always runs /plan.
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
import { messagesFor } from "../../core/messages/index.js";
import { MAX_IF_THEN_CHARS } from "../../core/plans/parsePlan.js";
import type { PlanForm } from "../../core/plans/planText.js";

const EDIT_BUTTON = "plan-edit";
const FORM = "plan-form";
const BLOCKS = "blocks";
const OBSTACLE = "obstacle";
const FALLBACK = "fallback";
/** As long as /plan's option may be. */
const MAX_BLOCKS_TEXT = 300;

export function planButton(form: PlanForm): ActionRowBuilder<ButtonBuilder> {
  return new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder()
      .setCustomId(EDIT_BUTTON)
      .setStyle(ButtonStyle.Secondary)
      .setLabel(messagesFor(form.locale)["discord.plan.editButton"]({})),
  );
}

export function isPlanButton(interaction: ButtonInteraction): boolean {
  return interaction.customId === EDIT_BUTTON;
}

function input(id: string, value: string, placeholder: string, maxLength: number, style: TextInputStyle) {
  const field = new TextInputBuilder()
    .setCustomId(id)
    .setStyle(style)
    .setPlaceholder(placeholder)
    .setRequired(false)
    .setMaxLength(maxLength);
  // Discord refuses an empty prefill: an empty field shows its placeholder instead.
  return value === "" ? field : field.setValue(value.slice(0, maxLength));
}

export function planModal(form: PlanForm): ModalBuilder {
  const t = messagesFor(form.locale);
  const label = (text: string, field: TextInputBuilder) =>
    new LabelBuilder().setLabel(text).setTextInputComponent(field);
  return new ModalBuilder()
    .setCustomId(FORM)
    .setTitle(t["discord.plan.modalTitle"]({}))
    .addLabelComponents(
      label(
        t["discord.plan.blocksLabel"]({}),
        input(
          BLOCKS,
          form.blocks,
          t["discord.plan.blocksPlaceholder"]({}),
          MAX_BLOCKS_TEXT,
          TextInputStyle.Short,
        ),
      ),
      label(
        t["discord.plan.obstacleLabel"]({}),
        input(
          OBSTACLE,
          form.obstacle,
          t["discord.plan.obstaclePlaceholder"]({}),
          MAX_IF_THEN_CHARS,
          TextInputStyle.Short,
        ),
      ),
      label(
        t["discord.plan.fallbackLabel"]({}),
        input(
          FALLBACK,
          form.fallback,
          t["discord.plan.fallbackPlaceholder"]({}),
          MAX_IF_THEN_CHARS,
          TextInputStyle.Short,
        ),
      ),
    );
}

export function isPlanForm(interaction: ModalSubmitInteraction): boolean {
  return interaction.customId === FORM;
}

/** What the member left in each field; an empty field may not be sent at all. */
export function planFormValues(interaction: ModalSubmitInteraction): Omit<PlanForm, "locale"> {
  const value = (id: string) =>
    interaction.fields.fields.has(id) ? interaction.fields.getTextInputValue(id).trim() : "";
  return { blocks: value(BLOCKS), obstacle: value(OBSTACLE), fallback: value(FALLBACK) };
}
