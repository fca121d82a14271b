// Telegram links and registers only command names of [a-z0-9_]: "/leaderboard-optout" is tapped as
// "/leaderboard". Every hyphenated name is written with underscores on Telegram — in the menus, and in
// every text the bot sends, by one API transformer — and the core answers to both spellings.
import type { Transformer } from "grammy";
import { COMMAND_NAMES } from "../../core/commands/index.js";

/** A command's name as Telegram takes it: "leaderboard-optout" → "leaderboard_optout". */
export const telegramName = (name: string): string => name.replaceAll("-", "_");

const HYPHENATED = new Set(COMMAND_NAMES.filter((name) => name.includes("-")));
const MENTION = /(^|[\s(“"'])\/([a-z0-9]+(?:-[a-z0-9]+)+)(?=$|[\s.,;:!?)”"'@])/g;

/** The text with each mention of a hyphenated command written as Telegram can tap it. */
export function tappableCommands(text: string): string {
  return text.replace(MENTION, (whole, before: string, name: string) =>
    HYPHENATED.has(name) ? `${before}/${telegramName(name)}` : whole,
  );
}

/** The payload fields that carry text a member reads. */
const TEXT_FIELDS = ["text", "caption"] as const;

/** Rewrites the text of every outgoing call (sends, edits, captions, notices): the one place it happens. */
export const commandNameTransformer: Transformer = (prev, method, payload, signal) => {
  const rewritten: Record<string, unknown> = { ...payload };
  for (const field of TEXT_FIELDS) {
    const value = rewritten[field];
    if (typeof value === "string") rewritten[field] = tappableCommands(value);
  }
  return prev(method, rewritten as typeof payload, signal);
};
