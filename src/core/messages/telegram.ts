// Texts only Telegram shows: the startup line, the bot's profile, the group greeting and the keyboards.

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
  /** The mock interview's buttons. */
  "telegram.mock.answer"(p: None): string;
  "telegram.mock.skip"(p: None): string;
  "telegram.mock.stop"(p: None): string;
  "telegram.mock.switch"(p: { topic: string }): string;
  "telegram.mock.another"(p: None): string;
  "telegram.mock.details"(p: None): string;
  "telegram.mock.history"(p: None): string;
  /**
   * The first line of the message Answer sends, which the member replies to: it also tells that message
   * apart from the bot's others, so it must start every answer prompt and no other message.
   */
  "telegram.mock.answerHeading"(p: None): string;
  /** After Answer: the question again, to reply to (the reply box opens by itself). */
  "telegram.mock.answerPrompt"(p: { question: string }): string;
  /** Shown in the empty reply box; at most 64 characters. */
  "telegram.mock.answerPlaceholder"(p: None): string;
  /** The button beside a confirmation's, leaving everything as it was, and what it then says. */
  "telegram.confirm.cancel"(p: None): string;
  "telegram.confirm.cancelled"(p: None): string;
  /** The bot's profile: what an empty chat with it shows (up to 512 characters). */
  "telegram.description"(p: None): string;
  /** The bot's profile page and shared links (up to 120 characters). */
  "telegram.shortDescription"(p: None): string;
  /** Posted when the bot is added to a group: what to do there, step by step. */
  "telegram.groupGreeting"(p: { botName: string }): string;
}
