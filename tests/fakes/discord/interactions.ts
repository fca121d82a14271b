// INTERACTION_CREATE payloads as Discord sends them: slash commands, autocomplete, modal submits and button
// clicks.
import { APPLICATION_ID, BOT_USER, GUILD } from "./fakeDiscord.js";
import { botMessage } from "./rest.js";

export const OPTION = { string: 3, integer: 4, user: 6, channel: 7, role: 8, attachment: 11 } as const;

export interface CommandOption {
  name: string;
  type: number;
  value: string | number;
  focused?: boolean;
}

export interface Who {
  userId?: string;
  username?: string;
  /** null for a DM. */
  guildId?: string | null;
  channelId?: string;
  /** The member's permissions in the channel, as Discord computes them (a bit set as a string). */
  permissions?: string;
  locale?: string;
  /** The member's nickname in the server. */
  nick?: string;
}

let counter = 300_000_000_000_000_000n;
function snowflake(): string {
  counter += 1n;
  return counter.toString();
}

export const GUILD_ID = GUILD.id;
const CHANNEL_ID = "500000000000000001";
/** View Channel, Send Messages, Read Message History, Use Application Commands — not Manage Server. */
const MEMBER_PERMISSIONS = String((1n << 10n) | (1n << 11n) | (1n << 16n) | (1n << 31n));
export const ADMIN_PERMISSIONS = String(BigInt(MEMBER_PERMISSIONS) | (1n << 5n));

function base(type: number, data: Record<string, unknown>, who: Who, id: string) {
  const userId = who.userId ?? "600000000000000001";
  const user = {
    id: userId,
    username: who.username ?? "ana",
    discriminator: "0",
    global_name: who.username === undefined ? "Ana" : who.username,
    avatar: null,
  };
  const guildId = who.guildId === undefined ? GUILD_ID : who.guildId;
  const channelId = who.channelId ?? (guildId === null ? `8${userId.slice(1)}` : CHANNEL_ID);
  const where =
    guildId === null
      ? { user, channel: { id: channelId, type: 1 }, context: 1 }
      : {
          guild_id: guildId,
          guild_locale: "en-US",
          channel: { id: channelId, type: 0, guild_id: guildId, name: "study", permissions: who.permissions },
          member: {
            user,
            roles: [],
            permissions: who.permissions ?? MEMBER_PERMISSIONS,
            joined_at: "2026-01-01T00:00:00.000Z",
            deaf: false,
            mute: false,
            flags: 0,
            nick: who.nick ?? null,
            avatar: null,
          },
          context: 0,
        };
  return {
    id,
    application_id: APPLICATION_ID,
    type,
    token: `token-${id}`,
    version: 1,
    data,
    channel_id: channelId,
    locale: who.locale ?? "en-US",
    app_permissions: MEMBER_PERMISSIONS,
    entitlements: [],
    authorizing_integration_owners: guildId === null ? { "1": userId } : { "0": guildId },
    attachment_size_limit: 10_485_760,
    ...where,
  };
}

export function slashCommand(name: string, options: CommandOption[] = [], who: Who = {}, id = snowflake()) {
  return base(2, { id: snowflake(), name, type: 1, options }, who, id);
}

/** A slash command with a file in its attachment option, resolved as Discord sends it. */
export function slashCommandWithFile(
  name: string,
  option: string,
  file: { id: string; filename: string; size: number; url: string },
  who: Who = {},
  id = snowflake(),
) {
  const attachment = { ...file, proxy_url: file.url, content_type: "application/yaml" };
  return base(
    2,
    {
      id: snowflake(),
      name,
      type: 1,
      options: [{ name: option, type: OPTION.attachment, value: file.id }],
      resolved: { attachments: { [file.id]: attachment } },
    },
    who,
    id,
  );
}

export function autocomplete(name: string, options: CommandOption[], who: Who = {}, id = snowflake()) {
  return base(4, { id: snowflake(), name, type: 1, options }, who, id);
}

export function modalSubmit(
  customId: string,
  values: Record<string, string>,
  who: Who = {},
  id = snowflake(),
) {
  return base(
    5,
    {
      custom_id: customId,
      components: Object.entries(values).map(([inputId, value], index) => ({
        type: 18,
        id: index + 1,
        component: { type: 4, id: index + 10, custom_id: inputId, value },
      })),
    },
    who,
    id,
  );
}

/** A click on a button under one of the bot's ephemeral replies. */
export function buttonClick(customId: string, who: Who = {}, id = snowflake()) {
  return underBotMessage(base(3, { custom_id: customId, component_type: 2 }, who, id), {
    type: 2,
    style: 1,
    custom_id: customId,
    label: "",
  });
}

/** A component interaction with the ephemeral bot message it came from, holding that one component. */
function underBotMessage<I extends { channel_id: string }>(
  interaction: I,
  component: Record<string, unknown>,
) {
  return {
    ...interaction,
    message: {
      ...botMessage({
        id: snowflake(),
        channelId: interaction.channel_id,
        content: "",
        author: BOT_USER,
        timestamp: "2026-01-01T00:00:00.000Z",
        flags: 64,
      }),
      components: [{ type: 1, components: [component] }],
    },
  };
}

/** A pick in a select menu under one of the bot's ephemeral replies. */
export function selectMenu(customId: string, values: string[], who: Who = {}, id = snowflake()) {
  return underBotMessage(base(3, { custom_id: customId, component_type: 3, values }, who, id), {
    type: 3,
    custom_id: customId,
    options: [],
  });
}
