// Texts only Telegram shows: the startup line, and the plan's keyboard.

type None = Record<string, never>;

export interface TelegramMessages {
  /** Printed where the bot was started, once it is connected. */
  "telegram.running"(p: { username: string; webhook: boolean }): string;
  /** A weekday on the plan's keyboard, Monday = 0. */
  "telegram.plan.day"(p: { weekday: number }): string;
  "telegram.plan.save"(p: None): string;
  "telegram.plan.clear"(p: None): string;
  /** Save pressed before a day and a time were picked. */
  "telegram.plan.pickFirst"(p: None): string;
}
