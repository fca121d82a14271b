// When the bot joins a server: one message with what it does and the steps to start, in the server's
// language, in its system channel (else the first text channel).
import { ChannelType, type Guild } from "discord.js";
import { localeFrom, messagesFor } from "../../core/messages/index.js";
import type { Locale } from "../../core/roadmap/types.js";
import { type CommandIds, withCommandMentions } from "./commandMentions.js";

export async function welcomeGuild(guild: Guild, defaultLocale: Locale, ids: CommandIds): Promise<void> {
  const t = messagesFor(localeFrom(guild.preferredLocale) ?? defaultLocale);
  const channel =
    guild.systemChannel ??
    guild.channels.cache
      .filter((c) => c.type === ChannelType.GuildText)
      .sort((a, b) => a.position - b.position)
      .first();
  if (channel === undefined || channel.type !== ChannelType.GuildText) return;
  // The steps' commands as mentions: a click opens each one.
  const content = withCommandMentions(t["discord.welcome"]({}), ids);
  await channel.send({ content, allowedMentions: { parse: [] } });
}
