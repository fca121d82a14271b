// A slash command interaction → the core's IncomingMessage, in the same text form the console uses.
import {
  ApplicationCommandOptionType,
  type ChatInputCommandInteraction,
  type Interaction,
  PermissionFlagsBits,
} from "discord.js";
import type { IncomingMessage } from "../../core/commands/context.js";
import type { OptionSpec } from "./commandDefinitions.js";

/** "/checkin 3h pandas": option values in their defined order; channels travel in chat.channelId. */
export function commandText(interaction: ChatInputCommandInteraction, specs: OptionSpec[]): string {
  const values: string[] = [];
  for (const spec of specs) {
    const option = interaction.options.get(spec.option);
    if (option === null || option.type === ApplicationCommandOptionType.Channel) continue;
    const value = String(option.value ?? "").trim();
    if (value !== "") values.push(value);
  }
  return [`/${interaction.commandName}`, ...values].join(" ");
}

function channelOption(interaction: ChatInputCommandInteraction): string | null {
  const option = interaction.options.get("channel");
  return option?.type === ApplicationCommandOptionType.Channel ? String(option.value) : null;
}

/** Who spoke and where, for any interaction; `text` is what the core reads. */
export function toIncoming(interaction: Interaction, text: string): IncomingMessage {
  const guildId = interaction.guildId;
  // /setup names the study channel; anything else happens in the channel it was typed in.
  const channelId =
    (interaction.isChatInputCommand() && interaction.commandName === "setup"
      ? channelOption(interaction)
      : null) ?? interaction.channelId;
  return {
    platform: "discord",
    eventId: interaction.id,
    user: {
      id: interaction.user.id,
      // The server nickname when the server is known: the name the group sees on the leaderboard.
      displayName: interaction.inCachedGuild()
        ? interaction.member.displayName
        : interaction.user.displayName,
      locale: interaction.locale,
      // Discord computes the member's permissions in this channel and sends them with the interaction.
      isGroupAdmin: interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false,
    },
    chat:
      guildId === null
        ? { id: interaction.channelId ?? interaction.user.id, kind: "private" }
        : {
            id: guildId,
            kind: "group",
            title: interaction.guild?.name ?? guildId,
            // Ephemeral replies: what is personal stays with the member even in a server channel.
            privateReplies: true,
            ...(channelId !== null ? { channelId } : {}),
          },
    text,
    // No message content here: a mock answer always comes from a modal, opened by a command or a button.
    answersInForms: true,
  };
}
