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
/**
 * The words texts give commands as arguments (/remind off, /undo yes, /roadmap week 3, /plan mon 19:00-21:00;
 * sat 09:00-12:00); other words after a name are the sentence going on ("/mock for another one").
 */
const ARGUMENT_WORDS =
  "done on|done off|feito ligar|feito desligar|yes|sim|off|desligar|today|tomorrow|yesterday|hoje|amanhã|ontem|week|weeks|semana|semanas|days|dias|skip|pular|stop|parar|history|histórico|historico|hours|horas|mon|tue|wed|thu|fri|sat|sun|seg|ter|qua|qui|sex|sáb|sab|dom";
/** An argument: a word above, a number or duration (2h, 07:30), a deliverable (p1), a <placeholder>, a link. */
const ARGUMENT = `(?:https?://[^\\s)”"]*[^\\s.,;:!?)”"]|[\\p{L}_]+:[^\\s.,;!?)”"]+|${ARGUMENT_WORDS}|<[^>\\s]+>|\\d[^\\s.,;!?)”"]*|p\\d+)(?=$|[\\s.,;:!?)”"])`;
/** A held mention and the arguments typed after it. */
const WITH_ARGUMENTS = new RegExp(`\uE000(\\d+)\uE001((?:;? ${ARGUMENT})+)`, "gu");

/**
 * The mention of the command a typed name stands for, and whether it took `word` as its route; null when
 * Discord has no such command.
 */
function mentionOf(
  name: string,
  word: string | undefined,
  ids: CommandIds,
): { mention: string; routed: boolean } | null {
  const command = commandNamed(name);
  if (command === null) return null;
  // "/roadmap import" is a command of its own on Discord.
  const routed = word === undefined ? undefined : command.routes?.[word.trim()];
  const target = routed === undefined ? command : (commandNamed(routed) ?? command);
  const id = ids.get(target.name);
  if (id === undefined) return null;
  return { mention: `</${target.name}:${id}>`, routed: routed !== undefined };
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
    const found = mentionOf(name, word, ids);
    if (found === null) return whole;
    held.push(found.mention);
    return `${before}\uE000${held.length - 1}\uE001${found.routed ? "" : (word ?? "")}`;
  });
  // A mention carries no arguments: they follow it as code, which a member copies as typed.
  const argued = marked.replace(WITH_ARGUMENTS, (_, index: string, args: string) => {
    held[Number(index)] = `${held[Number(index)] ?? ""} \`${args.trim()}\``;
    return `\uE000${index}\uE001`;
  });
  const restored = escapeRest(argued).replace(HELD, (_, index: string) => held[Number(index)] ?? "");
  return restored.replace(REPEATED, "$1");
}
