// Discord shows each command under its name in the member's language and opens it from a mention,
// </name:id>. The core names commands as typed ("/trilha", "/mock pular"); on Discord every name it knows
// becomes the mention of the command it stands for, so a member clicks what their client shows.
import { commandNamed } from "../../core/commands/index.js";

/** A registered command's English name → its id, as Discord returned them. */
export type CommandIds = ReadonlyMap<string, string>;

/** "/name", alone or followed by a word, where a text names a command (not a path or a zone). */
const NAMED = /(^|[\s(“"'])\/([\p{Ll}\p{N}_-]+)(?=$|[\s.,;:!?)”"'@])( \p{Ll}+)?/gu;
/** "/ajuda (/help)": one command twice, which a mention names once in the member's language. */
const REPEATED = /(<\/([\p{Ll}\p{N}_-]+):(\d+)>) \((?:<\/\2:\3>(?:, )?)+\)/gu;
/** A mention set aside while the rest of a text is escaped (a private-use character and its index). */
const HELD = /\uE000(\d+)\uE001/g;

/** The mention of the command a typed name stands for; its typed form when Discord has no such command. */
function mentionOf(name: string, word: string | undefined, ids: CommandIds): string | null {
  const command = commandNamed(name);
  if (command === null) return null;
  // "/roadmap import" is a command of its own on Discord.
  const routed = word === undefined ? undefined : command.routes?.[word.trim()];
  const target = routed === undefined ? command : (commandNamed(routed) ?? command);
  const id = ids.get(target.name);
  if (id === undefined) return null;
  return `</${target.name}:${id}>${routed === undefined ? (word ?? "") : ""}`;
}

/**
 * The text with each command it names as its mention; `escapeRest` is applied to everything else
 * (a public reply's Markdown escaping would break a mention).
 */
export function withCommandMentions(
  text: string,
  ids: CommandIds,
  escapeRest: (text: string) => string = (t) => t,
): string {
  const held: string[] = [];
  const marked = text.replace(NAMED, (whole, before: string, name: string, word?: string) => {
    const mention = mentionOf(name, word, ids);
    if (mention === null) return whole;
    held.push(mention);
    return `${before}\uE000${held.length - 1}\uE001`;
  });
  const restored = escapeRest(marked).replace(HELD, (_, index: string) => held[Number(index)] ?? "");
  return restored.replace(REPEATED, "$1");
}
