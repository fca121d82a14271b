// A file picked in a slash command's attachment option, as the core reads files.
import { ApplicationCommandOptionType, type ChatInputCommandInteraction } from "discord.js";
import type { Attachment } from "../../core/commands/context.js";
import { download } from "../download.js";

/** The first attachment option's file; Discord uploaded it to its CDN before sending the interaction. */
export function attachmentOf(interaction: ChatInputCommandInteraction): { attachment?: Attachment } {
  const option = interaction.options.data.find((o) => o.type === ApplicationCommandOptionType.Attachment);
  const file = option?.attachment;
  if (file === undefined) return {};
  return {
    attachment: {
      name: file.name,
      bytes: file.size,
      read: (maxBytes) => download(file.url, maxBytes),
    },
  };
}
