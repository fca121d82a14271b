// The slash commands as Discord registers them, with every text and its pt-BR localization from the catalog.
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
import {
  CHECKIN_VISIBILITIES,
  LEADERBOARD_PERIODS,
  SLASH_COMMANDS,
  type SlashCommand,
  type SlashOption,
  WEEKDAYS,
} from "../../core/messages/discord.js";
import { type Messages, messagesFor } from "../../core/messages/index.js";
import { LOCALES, type Roadmap } from "../../core/roadmap/types.js";

export type CommandDefinition = RESTPostAPIChatInputApplicationCommandsJSONBody;

interface Choice {
  value: string;
  name(t: Messages): string;
}

export interface OptionSpec {
  option: SlashOption;
  kind: "string" | "integer" | "channel";
  required?: boolean;
  autocomplete?: boolean;
  choices?: Choice[];
  maxLength?: number;
  min?: number;
  max?: number;
}

/** Discord shows at most 25 choices, and requires required options before optional ones. */
const MAX_CHOICES = 25;

/** A choice per value, named in each language by the catalog. */
function choicesOf<T extends string>(
  values: readonly T[],
  name: (t: Messages, value: T) => string,
): Choice[] {
  return values.slice(0, MAX_CHOICES).map((value) => ({ value, name: (t) => name(t, value) }));
}

export function optionSpecs(roadmap: Roadmap): Record<SlashCommand, OptionSpec[]> {
  return {
    start: [{ option: "date", kind: "string", maxLength: 10 }],
    checkin: [
      { option: "hours", kind: "string", required: true, maxLength: 40 },
      { option: "note", kind: "string", maxLength: 200 },
    ],
    undo: [],
    progress: [],
    roadmap: [{ option: "week", kind: "integer", min: 1, max: roadmap.weeks.length }],
    mock: [
      {
        option: "topic",
        kind: "string",
        choices: roadmap.interview.topics.slice(0, MAX_CHOICES).map((topic) => ({
          value: topic.id,
          name: (t) => topic.name[t.locale],
        })),
      },
    ],
    leaderboard: [
      {
        option: "period",
        kind: "string",
        choices: choicesOf(LEADERBOARD_PERIODS, (t, period) => t["discord.choice.period"]({ period })),
      },
    ],
    "leaderboard-optout": [],
    "leaderboard-optin": [],
    remind: [{ option: "time", kind: "string", maxLength: 5 }],
    quiet: [{ option: "range", kind: "string", maxLength: 20 }],
    pause: [{ option: "until", kind: "string", maxLength: 10 }],
    resume: [],
    timezone: [{ option: "zone", kind: "string", required: true, autocomplete: true, maxLength: 64 }],
    language: [
      {
        option: "language",
        kind: "string",
        choices: choicesOf(LOCALES, (t, language) => t["discord.choice.language"]({ language })),
      },
    ],
    setup: [
      { option: "channel", kind: "channel", required: true },
      { option: "timezone", kind: "string", autocomplete: true, maxLength: 64 },
      {
        option: "day",
        kind: "string",
        choices: choicesOf(WEEKDAYS, (t, day) => t["discord.choice.weekday"]({ day })),
      },
      { option: "time", kind: "string", maxLength: 5 },
      {
        option: "checkins",
        kind: "string",
        choices: choicesOf(CHECKIN_VISIBILITIES, (t, visibility) =>
          t["discord.choice.checkins"]({ visibility }),
        ),
      },
    ],
    export: [],
    forget: [{ option: "confirm", kind: "string", maxLength: 10 }],
    help: [],
  };
}

const en = messagesFor("en");
const pt = messagesFor("pt-BR");

function optionDefinition(command: SlashCommand, spec: OptionSpec): APIApplicationCommandOption {
  const common = {
    name: en["discord.option.name"]({ option: spec.option }),
    name_localizations: { "pt-BR": pt["discord.option.name"]({ option: spec.option }) },
    description: en["discord.option.description"]({ command, option: spec.option }),
    description_localizations: {
      "pt-BR": pt["discord.option.description"]({ command, option: spec.option }),
    },
    required: spec.required ?? false,
  };
  switch (spec.kind) {
    case "channel":
      return {
        ...common,
        type: ApplicationCommandOptionType.Channel,
        channel_types: [ChannelType.GuildText, ChannelType.GuildAnnouncement],
      };
    case "integer":
      return {
        ...common,
        type: ApplicationCommandOptionType.Integer,
        ...(spec.min === undefined ? {} : { min_value: spec.min }),
        ...(spec.max === undefined ? {} : { max_value: spec.max }),
      };
    case "string":
      if (spec.choices !== undefined) {
        return {
          ...common,
          type: ApplicationCommandOptionType.String,
          choices: spec.choices.map((choice) => ({
            name: choice.name(en),
            name_localizations: { "pt-BR": choice.name(pt) },
            value: choice.value,
          })),
        };
      }
      return {
        ...common,
        type: ApplicationCommandOptionType.String,
        autocomplete: spec.autocomplete ?? false,
        ...(spec.maxLength === undefined ? {} : { max_length: spec.maxLength }),
      };
  }
}

/** Deterministic for a given roadmap, so its hash only changes when a definition does. */
export function commandDefinitions(roadmap: Roadmap): CommandDefinition[] {
  const specs = optionSpecs(roadmap);
  return SLASH_COMMANDS.map((command) => ({
    type: ApplicationCommandType.ChatInput,
    name: command,
    name_localizations: { "pt-BR": pt["discord.command.name"]({ command }) },
    description: en["discord.command.description"]({ command }),
    description_localizations: { "pt-BR": pt["discord.command.description"]({ command }) },
    options: specs[command].map((spec) => optionDefinition(command, spec)),
    integration_types: [ApplicationIntegrationType.GuildInstall],
    ...(command === "setup"
      ? {
          contexts: [InteractionContextType.Guild],
          default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
        }
      : { contexts: [InteractionContextType.Guild, InteractionContextType.BotDM] }),
  }));
}
