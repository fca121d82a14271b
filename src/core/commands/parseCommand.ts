// Splits "/checkin@ConstanciaBot 3h" into a command name and its arguments.

export interface ParsedCommand {
  name: string;
  args: string;
  /** The bot named after "@", if any. */
  addressee: string | null;
}

const COMMAND = /^\/([\p{L}\p{N}_-]{1,32})(?:@([A-Za-z0-9_]{1,64}))?(?:\s+([\s\S]*))?$/u;

/**
 * NFKC first: keyboards send "/silêncio" as e + a combining circumflex, and phones in wide mode send
 * "/ＣＨＥＣＫＩＮ ３ｈ"; both mean what the plain form means. The name is then case-folded (lower-cased and
 * composed again, since lower-casing may leave a decomposed form).
 */
export function parseCommand(text: string): ParsedCommand | null {
  const match = COMMAND.exec(text.normalize("NFKC").trim());
  if (!match) return null;
  return {
    name: (match[1] ?? "").toLowerCase().normalize("NFKC"),
    addressee: match[2] ?? null,
    args: (match[3] ?? "").trim(),
  };
}
