// The slash commands as Discord registers them, derived from the core's commands: names, options, choices
// and their pt-BR localizations.
import {
  type APIApplicationCommandOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  ChannelType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import { COMMANDS } from "../../core/commands/index.js";
import type { Command, OptionSpec } from "../../core/commands/spec.js";
import type { Roadmap } from "../../core/roadmap/types.js";

export type CommandDefinition = RESTPostAPIChatInputApplicationCommandsJSONBody;

/** Discord shows at most 25 choices. */
const MAX_CHOICES = 25;

function optionDefinition(command: Command, spec: OptionSpec, roadmap: Roadmap): APIApplicationCommandOption {
  const en = command.texts.en.options?.[spec.name];
  const pt = command.texts["pt-BR"].options?.[spec.name];
  const common = {
    name: spec.name,
    name_localizations: { "pt-BR": pt?.name ?? spec.name },
    description: en?.description ?? spec.name,
    description_localizations: { "pt-BR": pt?.description ?? spec.name },
    required: spec.required ?? false,
  };
  switch (spec.kind) {
    case "file":
      return { ...common, type: ApplicationCommandOptionType.Attachment };
    case "member":
      return { ...common, type: ApplicationCommandOptionType.User };
    case "role":
      return { ...common, type: ApplicationCommandOptionType.Role };
    case "channel":
      return {
        ...common,
        type: ApplicationCommandOptionType.Channel,
        channel_types: [ChannelType.GuildText, ChannelType.GuildAnnouncement],
      };
    case "integer": {
      const max = spec.max?.(roadmap);
      return {
        ...common,
        type: ApplicationCommandOptionType.Integer,
        ...(spec.min === undefined ? {} : { min_value: spec.min }),
        ...(max === undefined ? {} : { max_value: max }),
      };
    }
    case "text": {
      const choices = spec.choices?.(roadmap);
      if (choices !== undefined) {
        return {
          ...common,
          type: ApplicationCommandOptionType.String,
          choices: choices.slice(0, MAX_CHOICES).map((choice) => ({
            name: choice.label.en,
            name_localizations: { "pt-BR": choice.label["pt-BR"] },
            value: choice.value,
          })),
        };
      }
      return {
        ...common,
        type: ApplicationCommandOptionType.String,
        autocomplete: spec.suggest !== undefined,
        ...(spec.maxLength === undefined ? {} : { max_length: spec.maxLength }),
      };
    }
  }
}

/** Deterministic for a given roadmap, so its hash only changes when a definition does. */
export function commandDefinitions(roadmap: Roadmap): CommandDefinition[] {
  return COMMANDS.map((command) => ({
    type: ApplicationCommandType.ChatInput,
    name: command.name,
    name_localizations: { "pt-BR": command.aliases["pt-BR"][0] ?? command.name },
    description: command.texts.en.description,
    description_localizations: { "pt-BR": command.texts["pt-BR"].description },
    options: command.options.map((spec) => optionDefinition(command, spec, roadmap)),
    integration_types: [ApplicationIntegrationType.GuildInstall],
    contexts:
      command.where === "group"
        ? [InteractionContextType.Guild]
        : command.where === "private"
          ? [InteractionContextType.BotDM]
          : [InteractionContextType.Guild, InteractionContextType.BotDM],
    // Discord hides an admin's command from the others, who would only be refused.
    ...(command.adminOnly === undefined
      ? {}
      : { default_member_permissions: PermissionFlagsBits.ManageGuild.toString() }),
  }));
}
