// Routes each interaction to the core — slash commands, modal answers, the mock interview's buttons, the
// plan's button and form — and the core's reply back: a modal when it asks for an answer now, else a message
// with the buttons its mock interview or plan offers.
import {
  type ButtonInteraction,
  type Interaction,
  MessageFlags,
  type RepliableInteraction,
} from "discord.js";
import type { CoreDeps, IncomingMessage, Reply } from "../../core/commands/context.js";
import { commandNamed } from "../../core/commands/index.js";
import { dispatch } from "../../core/dispatch.js";
import { localeFrom, type Messages, messagesFor } from "../../core/messages/index.js";
import { attachmentOf } from "./attachment.js";
import { type CommandIds, withCommandMentions } from "./commandMentions.js";
import { commandButtons, commandClickOf } from "./confirmButtons.js";
import { isLogStudyButton, isLogStudyForm, logStudyInput, logStudyModal } from "./logStudy.js";
import { mockButtons, mockClickInput } from "./mockButtons.js";
import { answeringOf, isMockAnswer, mockAnswerOf, mockModal } from "./mockModal.js";
import { isMockTopicMenu, mockTopicInput, mockTopicMenu } from "./mockTopicMenu.js";
import { isPlanButton, isPlanForm, planButton, planFormValues, planModal } from "./planForm.js";
import { submitPlan } from "./planSubmit.js";
import { replyTo } from "./replyTo.js";
import { suggestionsFor } from "./suggestions.js";
import { commandForm, toIncoming } from "./toIncoming.js";

export interface InteractionContext {
  deps: CoreDeps;
  clock: () => Date;
  /** See ReplyPolicy.deferAfterMs. */
  deferAfterMs: number;
  /** See ReplyPolicy.commandIds. */
  commandIds: () => CommandIds;
}

async function coreReply(ctx: InteractionContext, message: IncomingMessage): Promise<Reply> {
  const reply = await dispatch(ctx.deps, message, ctx.clock());
  // The core says nothing only to chatter, which never comes as an interaction.
  return (
    reply ?? {
      text: messagesFor(localeFrom(message.user.locale) ?? ctx.deps.defaultLocale)["text.notCommand"]({}),
    }
  );
}

export async function handleInteraction(ctx: InteractionContext, interaction: Interaction): Promise<void> {
  if (interaction.isAutocomplete()) {
    const focused = interaction.options.getFocused(true);
    const spec = commandNamed(interaction.commandName)?.options.find((o) => o.name === focused.name);
    const locale = localeFrom(interaction.locale) ?? ctx.deps.defaultLocale;
    const choices = suggestionsFor(spec?.suggest, String(focused.value), { locale, now: ctx.clock() });
    await interaction.respond(choices.map((choice) => ({ name: choice, value: choice })));
    return;
  }
  if (interaction.isChatInputCommand()) {
    // A command registered by an older version: nothing to do with it.
    const command = commandNamed(interaction.commandName);
    if (command === null) return;
    const message = { ...toIncoming(interaction, commandForm(interaction)), ...attachmentOf(interaction) };
    const ephemeral = interaction.inGuild() && command.visibility !== "public";
    // A modal must be the interaction's first response: a command that may ask a question is not deferred.
    const acknowledge = command.asksQuestions === true ? "modalFirst" : "whenSlow";
    await answer(ctx, interaction, message, { ephemeral, acknowledge });
    return;
  }
  if (interaction.isModalSubmit() && isMockAnswer(interaction)) {
    const answering = answeringOf(interaction);
    const form = {
      kind: "answer" as const,
      text: mockAnswerOf(interaction),
      ...(answering === undefined ? {} : { answering }),
    };
    // The judge may call an LLM: always acknowledge first. A modal cannot open another: a button will.
    await answer(ctx, interaction, toIncoming(interaction, form), {
      ephemeral: interaction.inGuild(),
      acknowledge: "atOnce",
    });
    return;
  }
  const click = interaction.isButton() ? mockClickInput(interaction.customId) : null;
  if (interaction.isButton() && click !== null) {
    // Answer and skip may open a question's modal: it must be the click's first response.
    await answer(ctx, interaction, toIncoming(interaction, click), {
      ephemeral: interaction.inGuild(),
      acknowledge: "modalFirst",
    });
    return;
  }
  if (interaction.isStringSelectMenu() && isMockTopicMenu(interaction)) {
    // The new question opens its form: it must be the pick's first response.
    await answer(ctx, interaction, toIncoming(interaction, mockTopicInput(interaction)), {
      ephemeral: interaction.inGuild(),
      acknowledge: "modalFirst",
    });
    return;
  }
  const run = interaction.isButton() ? commandClickOf(interaction.customId) : null;
  if (interaction.isButton() && run !== null) {
    await runClick(ctx, interaction, run);
    return;
  }
  if (interaction.isButton() && isLogStudyButton(interaction)) {
    await interaction.showModal(logStudyModal(localeFrom(interaction.locale) ?? ctx.deps.defaultLocale));
    return;
  }
  if (interaction.isModalSubmit() && isLogStudyForm(interaction)) {
    await answer(ctx, interaction, toIncoming(interaction, logStudyInput(interaction)), {
      ephemeral: interaction.inGuild(),
      acknowledge: "whenSlow",
    });
    return;
  }
  if (interaction.isButton() && isPlanButton(interaction)) {
    // The plan as it is now, however old the button: the modal must be the click's first response.
    const reply = await coreReply(ctx, planCommand(interaction, "", ""));
    if (reply.planForm !== undefined) {
      await interaction.showModal(planModal(reply.planForm));
      return;
    }
    await replyTo(interaction, Promise.resolve(reply), {
      ephemeral: interaction.inGuild(),
      deferAfterMs: ctx.deferAfterMs,
      commandIds: ctx.commandIds(),
    });
    return;
  }
  if (interaction.isModalSubmit() && isPlanForm(interaction)) {
    const run = (args: string, step: string) => coreReply(ctx, planCommand(interaction, args, step));
    const t = messagesFor(localeFrom(interaction.locale) ?? ctx.deps.defaultLocale);
    await replyTo(interaction, submitPlan(run, planFormValues(interaction)), {
      ephemeral: interaction.inGuild(),
      deferAfterMs: ctx.deferAfterMs,
      commandIds: ctx.commandIds(),
      components: buttons(t, interaction.user.id),
    });
  }
}

/** `/plan <args>` as the slash command would bring it; `step` tells apart the events of one interaction. */
function planCommand(interaction: Interaction, args: string, step: string): IncomingMessage {
  const options: Record<string, string> = args === "" ? {} : { blocks: args };
  const form = { kind: "command" as const, name: "plan", options };
  return { ...toIncoming(interaction, form), eventId: `${interaction.id}${step}` };
}

/**
 * When Discord is told the reply is coming: once the core is slow to answer; at once (the core may call an
 * LLM); or only after the core answered, so that a question to answer now can open its modal, which must
 * be an interaction's first response.
 */
type Acknowledge = "whenSlow" | "atOnce" | "modalFirst";

/**
 * The reply as Discord shows it. A question to answer now opens the modal (when this interaction may still
 * open one); one already asked comes back behind a button.
 */
async function answer(
  ctx: InteractionContext,
  interaction: RepliableInteraction,
  message: IncomingMessage,
  policy: { ephemeral: boolean; acknowledge: Acknowledge },
): Promise<void> {
  const t = messagesFor(localeFrom(message.user.locale) ?? ctx.deps.defaultLocale);
  const { ephemeral } = policy;
  if (policy.acknowledge === "modalFirst") {
    const reply = await coreReply(ctx, message);
    const asking = reply.awaitingAnswer;
    if (asking !== undefined && asking.open === "now" && "showModal" in interaction) {
      await interaction.showModal(
        mockModal(labelsOf(reply, t), asking.question, asking.answering, interaction.id),
      );
      return;
    }
    await replyTo(interaction, Promise.resolve(reply), {
      ephemeral,
      deferAfterMs: ctx.deferAfterMs,
      commandIds: ctx.commandIds(),
      components: buttons(t, message.user.id),
    });
    return;
  }
  const deferAfterMs = policy.acknowledge === "atOnce" ? 0 : ctx.deferAfterMs;
  await replyTo(interaction, coreReply(ctx, message), {
    ephemeral,
    deferAfterMs,
    commandIds: ctx.commandIds(),
    components: buttons(t, message.user.id),
  });
}

/** The texts of what is added to a reply (buttons, a form): in its language, else the client's. */
function labelsOf(reply: Reply, appT: Messages): Messages {
  return reply.locale === undefined ? appT : messagesFor(reply.locale);
}

/**
 * Under a mock interview's reply: what can be done next; under the plan: the button editing it; under a
 * confirmation or a check-in: the button that confirms it, or undoes it.
 */
function buttons(appT: Messages, userId: string) {
  return (reply: Reply) => {
    const t = labelsOf(reply, appT);
    if (reply.planForm !== undefined) return [planButton(reply.planForm)];
    const actions = reply.mockActions ?? [];
    if (actions.length === 0) return commandButtons(t, reply, userId);
    const topics = reply.mockTopics ?? [];
    return topics.length === 0
      ? [mockButtons(t, actions)]
      : [mockButtons(t, actions), mockTopicMenu(t, topics)];
  };
}

/** A command as its member would type it, from a button: the click's id keeps a redelivery to one run. */
function typedCommand(interaction: Interaction, text: string): IncomingMessage {
  return { ...toIncoming(interaction), text };
}

/** A confirmation's or an Undo's click: run as its member, the reply replacing the message and its buttons. */
async function runClick(
  ctx: InteractionContext,
  interaction: ButtonInteraction,
  click: { userId: string; command: string | null },
): Promise<void> {
  const t = messagesFor(localeFrom(interaction.locale) ?? ctx.deps.defaultLocale);
  if (click.userId !== interaction.user.id) {
    await interaction.reply({ content: t["discord.notYours"]({}), flags: MessageFlags.Ephemeral });
    return;
  }
  if (click.command === null) {
    await interaction.update({ content: t["discord.confirm.cancelled"]({}), components: [] });
    return;
  }
  await interaction.deferUpdate();
  const reply = await coreReply(ctx, typedCommand(interaction, click.command));
  await interaction.editReply({
    content: withCommandMentions(reply.text, ctx.commandIds()),
    components: [],
    allowedMentions: { parse: [] },
  });
}

/** After a failure of ours, the member still gets an answer instead of an endless "thinking…". */
export async function apologise(ctx: InteractionContext, interaction: Interaction): Promise<void> {
  if (!interaction.isRepliable() || interaction.replied) return;
  const text = messagesFor(localeFrom(interaction.locale) ?? ctx.deps.defaultLocale)["error.internal"]({});
  if (interaction.deferred) await interaction.editReply({ content: text });
  else await interaction.reply({ content: text, flags: MessageFlags.Ephemeral });
}
