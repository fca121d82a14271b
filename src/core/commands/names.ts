// How a command is named, and how a message names it for a member: "/silencio" in Portuguese, "/quiet" in English.
import type { Locale } from "../roadmap/types.js";

export interface CommandNames {
  /** Its English name: the name on every platform's menu. */
  name: string;
  /** Other names it answers to, per language; the first Portuguese one is its name in pickers. */
  aliases: Record<Locale, readonly string[]>;
}

/** Names every chat app turns into a tap-to-send link (Telegram stops a link at an accent). */
const LINKABLE = /^[a-z0-9_-]+$/;

/**
 * The command as a member of this language writes it, with `args` after it: the first Portuguese name for a
 * Portuguese speaker when every chat app links it, else the English one.
 */
export function call(names: CommandNames, locale: Locale, args = ""): string {
  const first = names.aliases[locale][0];
  const name = first !== undefined && LINKABLE.test(first) ? first : names.name;
  return args === "" ? `/${name}` : `/${name} ${args}`;
}
