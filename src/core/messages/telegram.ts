// Texts only Telegram shows: command descriptions for the command menu, and links to the private chat.

type None = Record<string, never>;

export interface TelegramMessages {
  "telegram.command.start"(p: None): string;
  "telegram.command.checkin"(p: None): string;
  "telegram.command.undo"(p: None): string;
  "telegram.command.progress"(p: None): string;
  "telegram.command.roadmap"(p: None): string;
  "telegram.command.timezone"(p: None): string;
  "telegram.command.language"(p: None): string;
  "telegram.command.help"(p: None): string;
  "telegram.command.remind"(p: None): string;
  "telegram.command.quiet"(p: None): string;
  "telegram.command.pause"(p: None): string;
  "telegram.command.resume"(p: None): string;
  "telegram.command.export"(p: None): string;
  "telegram.command.forget"(p: None): string;
  "telegram.command.join"(p: None): string;
  "telegram.command.leaderboard"(p: None): string;
  "telegram.command.setup"(p: None): string;
  "telegram.command.mock"(p: None): string;

  /** A command that belongs in the private chat, asked for in a group. */
  "telegram.progressInPrivate"(p: { link: string }): string;
  "telegram.mockInPrivate"(p: { link: string }): string;
  /** /export and /forget: personal data stays out of groups. */
  "telegram.personalInPrivate"(p: { command: string; link: string }): string;

  /** Printed where the bot was started, once it is connected. */
  "telegram.running"(p: { username: string; webhook: boolean }): string;
}
