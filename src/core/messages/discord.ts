// Texts only Discord shows: the mock-interview modal and its buttons, the plan's form and its button. Command names, descriptions and
// choices come with each command.

type None = Record<string, never>;

export interface DiscordMessages {
  /** The menu under a verdict that ends a session: the topic of the next question. */
  "discord.mock.topicMenu"(p: None): string;
  /** Beside a confirmation's button (/forget, /undo of an earlier day): leaves everything as it was. */
  "discord.confirm.cancel"(p: None): string;
  "discord.confirm.cancelled"(p: None): string;
  /** Under a check-in's reply: removes it, as /undo would. */
  "discord.checkin.undoButton"(p: None): string;
  /** A button pressed by someone other than the member it was for. */
  "discord.notYours"(p: None): string;
  /** Under a nudge in DMs: opens a form that logs study (/checkin) from it. */
  "discord.logStudy.button"(p: None): string;
  "discord.logStudy.modalTitle"(p: None): string;
  "discord.logStudy.hoursLabel"(p: None): string;
  "discord.logStudy.hoursPlaceholder"(p: None): string;
  "discord.logStudy.noteLabel"(p: None): string;
  "discord.logStudy.notePlaceholder"(p: None): string;
  /** Posted once when the bot joins a server: what it does, and the steps to start. */
  "discord.welcome"(p: None): string;
  "discord.mock.modalTitle"(p: None): string;
  "discord.mock.answerLabel"(p: None): string;
  "discord.mock.answerPlaceholder"(p: None): string;
  /** The button under a verdict that opens the form for the follow-up's answer. */
  "discord.mock.answerButton"(p: None): string;
  /** Buttons under a mock-interview question or verdict. */
  "discord.mock.skipButton"(p: None): string;
  "discord.mock.stopButton"(p: None): string;
  "discord.mock.historyButton"(p: None): string;
  "discord.mock.anotherButton"(p: None): string;
  "discord.mock.detailsButton"(p: None): string;
  /** Drops the open question for one on `topic`. */
  "discord.mock.switchButton"(p: { topic: string }): string;
  /** The button under /plan's reply that opens the plan's form. */
  "discord.plan.editButton"(p: None): string;
  "discord.plan.modalTitle"(p: None): string;
  "discord.plan.blocksLabel"(p: None): string;
  "discord.plan.blocksPlaceholder"(p: None): string;
  "discord.plan.obstacleLabel"(p: None): string;
  "discord.plan.obstaclePlaceholder"(p: None): string;
  "discord.plan.fallbackLabel"(p: None): string;
  "discord.plan.fallbackPlaceholder"(p: None): string;
}
