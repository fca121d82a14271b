// When the bot joins a server: one message with what it does and the steps to start, in the server's
// language, in its system channel (else the first text channel).
import { ChannelType, type Guild } from "discord.js";
import { localeFrom, messagesFor } from "../../core/messages/index.js";
import type { Locale } from "../../core/roadmap/types.js";

export async function welcomeGuild(guild: Guild, defaultLocale: Locale): Promise<void> {
  const t = messagesFor(localeFrom(guild.preferredLocale) ?? defaultLocale);
  const channel =
    guild.systemChannel ??
    guild.channels.cache
      .filter((c) => c.type === ChannelType.GuildText)
      .sort((a, b) => a.position - b.position)
      .first();
  if (channel === undefined || channel.type !== ChannelType.GuildText) return;
  await channel.send({ content: t["discord.welcome"]({}), allowedMentions: { parse: [] } });
}
