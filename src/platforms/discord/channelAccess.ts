// What the bot may do in a server's channel, from its roles and the channel's overwrites, for /setup to
// check before a weekly summary is sent there to fail unseen.
import {
  channelMention,
  DiscordAPIError,
  type Guild,
  PermissionFlagsBits,
  type PermissionResolvable,
} from "discord.js";
import type { ChannelAccess, ChannelPermission } from "../../core/commands/context.js";

/** Posting the summary: its text, and its chart as a file. */
const NEEDED: ReadonlyArray<[ChannelPermission, PermissionResolvable]> = [
  ["viewChannel", PermissionFlagsBits.ViewChannel],
  ["sendMessages", PermissionFlagsBits.SendMessages],
  ["attachFiles", PermissionFlagsBits.AttachFiles],
];

/** 403 and 404: a channel the bot cannot see is one it cannot post in. */
const cannotSee = (error: unknown): boolean =>
  error instanceof DiscordAPIError && (error.status === 403 || error.status === 404);

export async function channelAccess(guild: Guild, channelId: string): Promise<ChannelAccess> {
  const mention = channelMention(channelId);
  // From the cache the gateway keeps current, else from Discord.
  const channel = await guild.channels.fetch(channelId).catch((error: unknown) => {
    if (cannotSee(error)) return null;
    throw error;
  });
  if (channel === null) return { mention, missing: NEEDED.map(([name]) => name) };
  const me = guild.members.me ?? (await guild.members.fetchMe());
  const granted = channel.permissionsFor(me);
  return { mention, missing: NEEDED.filter(([, flag]) => !granted.has(flag)).map(([name]) => name) };
}
