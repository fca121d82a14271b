// The buttons under a mock-interview question or verdict — answer, skip, stop, switch topic, another
// question, details, history — and what a click asks of the core. Each id names the question it was under
// (`mock-skip:<session>:<q|f>`), so a button left under an old question never acts on a newer one.
import { ActionRowBuilder, ButtonBuilder, ButtonStyle } from "discord.js";
import type { FormInput } from "../../core/commands/context.js";
import type { Messages } from "../../core/messages/index.js";
import type { MockAction } from "../../core/mock/actions.js";
import { mockActionToken, mockPressForm, readMockActionToken } from "../../core/mock/actionToken.js";

const PREFIX = "mock-";

const idOf = (action: MockAction): string => `${PREFIX}${mockActionToken(action)}`;

function labelOf(t: Messages, action: MockAction): string {
  switch (action.kind) {
    case "answer":
      return action.answering.stage === "followUp"
        ? t["discord.mock.answerButton"]({})
        : t["mock.answerNowButton"]({});
    case "skip":
      return t["discord.mock.skipButton"]({});
    case "stop":
      return t["discord.mock.stopButton"]({});
    case "switch":
      return t["discord.mock.switchButton"]({ topic: action.topic.name[t.locale] });
    case "another":
      return t["discord.mock.anotherButton"]({});
    case "details":
      return t["discord.mock.detailsButton"]({});
    case "history":
      return t["discord.mock.historyButton"]({});
  }
}

/** One row: Discord holds five buttons a row, and no reply offers more than four. */
export function mockButtons(t: Messages, actions: readonly MockAction[]): ActionRowBuilder<ButtonBuilder> {
  return new ActionRowBuilder<ButtonBuilder>().addComponents(
    actions.map((action) =>
      new ButtonBuilder()
        .setCustomId(idOf(action))
        .setStyle(
          action.kind === "answer" || action.kind === "switch" ? ButtonStyle.Primary : ButtonStyle.Secondary,
        )
        .setLabel(labelOf(t, action)),
    ),
  );
}

/** What a click on one of these buttons asks the core; null for another button. */
export function mockClickInput(customId: string): FormInput | null {
  const press = customId.startsWith(PREFIX) ? readMockActionToken(customId.slice(PREFIX.length)) : null;
  return press === null ? null : mockPressForm(press);
}
