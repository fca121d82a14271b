// The menu under a verdict that ends a session: pick the next question's topic, as `/mock topic:<id>`.
import { ActionRowBuilder, StringSelectMenuBuilder, type StringSelectMenuInteraction } from "discord.js";
import type { FormInput, Reply } from "../../core/commands/context.js";
import type { Messages } from "../../core/messages/index.js";

const MENU = "mock-topic";
/** Discord lists at most 25 options in a menu. */
const MAX_OPTIONS = 25;

export function mockTopicMenu(
  t: Messages,
  topics: NonNullable<Reply["mockTopics"]>,
): ActionRowBuilder<StringSelectMenuBuilder> {
  return new ActionRowBuilder<StringSelectMenuBuilder>().addComponents(
    new StringSelectMenuBuilder()
      .setCustomId(MENU)
      .setPlaceholder(t["discord.mock.topicMenu"]({}))
      .addOptions(
        topics.slice(0, MAX_OPTIONS).map((topic) => ({ label: topic.name[t.locale], value: topic.id })),
      ),
  );
}

export const isMockTopicMenu = (interaction: StringSelectMenuInteraction): boolean =>
  interaction.customId === MENU;

/** The topic picked, as /mock's option: the command checks it against the member's roadmap. */
export function mockTopicInput(interaction: StringSelectMenuInteraction): FormInput {
  const [topic = ""] = interaction.values;
  return { kind: "command", name: "mock", options: { topic } };
}
