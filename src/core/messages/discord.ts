// Texts only Discord shows: the mock-interview modal and its button. Command names, descriptions and
// choices come with each command.

type None = Record<string, never>;

export interface DiscordMessages {
  "discord.mock.modalTitle"(p: None): string;
  "discord.mock.answerLabel"(p: None): string;
  "discord.mock.answerPlaceholder"(p: None): string;
  /** The button under a verdict that opens the form for the follow-up's answer. */
  "discord.mock.answerButton"(p: None): string;
}
