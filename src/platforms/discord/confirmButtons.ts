// Buttons that run a command as its member would type it: a confirmation (/forget yes, as a danger button,
// beside Cancel) and Undo under a check-in. Each id names its member, so a button under a public reply
// never acts for whoever else clicks it.
import { ActionRowBuilder, ButtonBuilder, ButtonStyle } from "discord.js";
import type { Reply } from "../../core/commands/context.js";
import type { Messages } from "../../core/messages/index.js";

/** `run:<user>:<command as typed>`, or `run:<user>:-` for Cancel; Discord takes ids of up to 100 characters. */
const RUN = /^run:(\d+):(.+)$/;
const CANCEL = "-";
const MAX_ID = 100;

const idOf = (userId: string, command: string) => `run:${userId}:${command}`;

/** The buttons a reply asks for, for the member it answers; none when it asks for none. */
export function commandButtons(t: Messages, reply: Reply, userId: string): ActionRowBuilder<ButtonBuilder>[] {
  const { confirm } = reply;
  if (confirm !== undefined && idOf(userId, confirm.command).length <= MAX_ID) {
    return [
      new ActionRowBuilder<ButtonBuilder>().addComponents(
        new ButtonBuilder()
          .setCustomId(idOf(userId, confirm.command))
          .setStyle(ButtonStyle.Danger)
          .setLabel(confirm.label),
        new ButtonBuilder()
          .setCustomId(idOf(userId, CANCEL))
          .setStyle(ButtonStyle.Secondary)
          .setLabel(t["discord.confirm.cancel"]({})),
      ),
    ];
  }
  // Only under a reply its member alone sees: a public message's Undo would stay there, to be clicked twice.
  if (reply.undoable === true && reply.audience !== "group") {
    return [
      new ActionRowBuilder<ButtonBuilder>().addComponents(
        new ButtonBuilder()
          .setCustomId(idOf(userId, "/undo"))
          .setStyle(ButtonStyle.Secondary)
          .setLabel(t["discord.checkin.undoButton"]({})),
      ),
    ];
  }
  return [];
}

/** What a click asks: a command to run as typed by `userId`, or cancel; null for another button. */
export function commandClickOf(customId: string): { userId: string; command: string | null } | null {
  const match = RUN.exec(customId);
  if (match === null) return null;
  const [, userId = "", command = ""] = match;
  if (command === CANCEL) return { userId, command: null };
  // Only ever a command: a click never becomes an answer or any other plain text.
  return command.startsWith("/") ? { userId, command } : null;
}
