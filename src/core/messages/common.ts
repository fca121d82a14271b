type None = Record<string, never>;

export interface CommonMessages {
  "command.unknown"(p: { name: string; suggestion: string | null }): string;
  "text.notCommand"(p: None): string;
  "error.internal"(p: None): string;
  /** A command that runs only in a group, sent in a private chat, or the reverse. */
  "command.elsewhere"(p: { where: "group" | "private" }): string;
  /** /export and /forget: personal data stays out of groups. */
  "private.personal"(p: { command: string; link: string }): string;
  /** The button that opens the private chat on a command, under a reply that points to it. */
  "private.openButton"(p: Record<string, never>): string;
  /** Where the link goes in the text when it is a button under it. */
  "private.linkBelow"(p: Record<string, never>): string;

  "console.banner"(p: { database: string }): string;
}
