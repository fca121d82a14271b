// A Discord interaction → the core's IncomingMessage: who, where, what was picked or typed, and what Discord
// can do with the reply.
import {
  ApplicationCommandOptionType,
  type ChatInputCommandInteraction,
  type Interaction,
  PermissionFlagsBits,
} from "discord.js";
import type { Capabilities, FormInput, IncomingMessage } from "../../core/commands/context.js";
import { channelAccess } from "./channelAccess.js";

/**
 * Ephemeral replies and modals; no deep links (a server member opens the bot's DMs from its profile). Whether
 * DMs from a server reach a member is only known once one is delivered, or they write in DMs.
 */
export const DISCORD_CAPABILITIES: Capabilities = {
  privateReplies: true,
  forms: true,
  buttons: true,
  dmsNeedProof: true,
};

/** In a server the gateway described, its channels can be checked too. */
function capabilitiesOf(interaction: Interaction): Capabilities {
  if (!interaction.inCachedGuild()) return DISCORD_CAPABILITIES;
  const { guild } = interaction;
  return { ...DISCORD_CAPABILITIES, channelAccess: (channelId) => channelAccess(guild, channelId) };
}

/** The options as Discord typed them: strings and numbers as values, a channel as its id. */
export function commandForm(interaction: ChatInputCommandInteraction): FormInput {
  const options: Record<string, string | number> = {};
  for (const option of interaction.options.data) {
    if (option.type === ApplicationCommandOptionType.Channel) options[option.name] = String(option.value);
    else if (typeof option.value === "string" || typeof option.value === "number")
      options[option.name] = option.value;
  }
  return { kind: "command", name: interaction.commandName, options };
}

/** Who spoke and where, for any interaction; `form` is what the core reads. */
/** `form` absent: the text is what the member typed (a command a button runs as typed). */
export function toIncoming(interaction: Interaction, form?: FormInput): IncomingMessage {
  const guildId = interaction.guildId;
  const channelId = interaction.channelId;
  return {
    platform: "discord",
    eventId: interaction.id,
    // The interaction's snowflake holds when Discord created it.
    sentAt: interaction.createdAt,
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
        ? { id: channelId ?? interaction.user.id, kind: "private" }
        : {
            id: guildId,
            kind: "group",
            title: interaction.guild?.name ?? guildId,
            ...(channelId !== null ? { channelId } : {}),
          },
    text: "",
    ...(form === undefined ? {} : { form }),
    capabilities: capabilitiesOf(interaction),
  };
}
