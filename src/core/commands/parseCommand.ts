// Splits "/checkin@ConstanciaBot 3h" into a command name and its arguments.

export interface ParsedCommand {
  name: string;
  args: string;
  /** The bot named after "@", if any. */
  addressee: string | null;
}

const COMMAND = /^\/([\p{L}\p{N}_-]{1,32})(?:@([A-Za-z0-9_]{1,64}))?(?:\s+([\s\S]*))?$/u;

export function parseCommand(text: string): ParsedCommand | null {
  const match = COMMAND.exec(text.trim());
  if (!match) return null;
  return {
    name: (match[1] ?? "").toLowerCase(),
    addressee: match[2] ?? null,
    args: (match[3] ?? "").trim(),
  };
}
