// Texts only Telegram shows.

export interface TelegramMessages {
  /** Printed where the bot was started, once it is connected. */
  "telegram.running"(p: { username: string; webhook: boolean }): string;
}
