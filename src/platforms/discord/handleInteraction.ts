// Routes each interaction: slash commands and mock answers to the core, autocomplete to the zone list, the
// follow-up button to a new answer modal.
import { type ButtonInteraction, type Interaction, MessageFlags } from "discord.js";
import type { CoreDeps, IncomingMessage, Reply } from "../../core/commands/context.js";
import { handleMessage } from "../../core/handleMessage.js";
import { SLASH_COMMANDS, type SlashCommand } from "../../core/messages/discord.js";
import { localeFrom, type Messages, messagesFor } from "../../core/messages/index.js";
import { answerMock } from "../../core/mock/answer.js";
import { type Answering, currentQuestion, openQuestionHere } from "../../core/mock/currentQuestion.js";
import type { OptionSpec } from "./commandDefinitions.js";
import { answerButton, isAnswerButton } from "./mockButton.js";
import { answeringOf, isMockAnswer, mockAnswerOf, mockModal } from "./mockModal.js";
import { replyTo } from "./replyTo.js";
import { zonesMatching } from "./timezones.js";
import { commandText, toIncoming } from "./toIncoming.js";

export interface InteractionContext {
  deps: CoreDeps;
  specs: Record<SlashCommand, OptionSpec[]>;
  clock: () => Date;
  /** See ReplyPolicy.deferAfterMs. */
  deferAfterMs: number;
}

/** Replies the whole server should see; everything else in a server is for the member alone. */
const PUBLIC_IN_SERVER = new Set<SlashCommand>(["leaderboard"]);

function messagesOf(ctx: InteractionContext, message: IncomingMessage): Messages {
  return messagesFor(localeFrom(message.user.locale) ?? ctx.deps.defaultLocale);
}

async function coreReply(ctx: InteractionContext, message: IncomingMessage): Promise<Reply> {
  const reply = await handleMessage(ctx.deps, message, ctx.clock());
  return reply ?? { text: messagesOf(ctx, message)["text.notCommand"]({}) };
}

export async function handleInteraction(ctx: InteractionContext, interaction: Interaction): Promise<void> {
  if (interaction.isAutocomplete()) {
    const zones = zonesMatching(String(interaction.options.getFocused()));
    await interaction.respond(zones.map((zone) => ({ name: zone, value: zone })));
    return;
  }

  if (interaction.isChatInputCommand()) {
    const command = SLASH_COMMANDS.find((c) => c === interaction.commandName);
    // A command registered by an older version: nothing to do with it.
    if (command === undefined) return;
    const message = toIncoming(interaction, commandText(interaction, ctx.specs[command]));
    const policy = {
      ephemeral: interaction.inGuild() && !PUBLIC_IN_SERVER.has(command),
      deferAfterMs: ctx.deferAfterMs,
    };
    if (command === "mock") {
      // A modal must be the first answer to the interaction, so a new question is asked inside it; anything
      // else /mock says (a history, a refusal) is a plain reply.
      const here = {
        identity: { platform: message.platform, platformUserId: message.user.id },
        chatId: message.chat.id,
      };
      const before = await openQuestionHere(ctx.deps, here, ctx.clock());
      const reply = await coreReply(ctx, message);
      const after =
        reply.awaitingAnswer === undefined ? null : await openQuestionHere(ctx.deps, here, ctx.clock());
      const t = messagesOf(ctx, message);
      if (reply.awaitingAnswer === undefined || after === null) {
        await replyTo(interaction, Promise.resolve(reply), policy);
        return;
      }
      if (before !== null && before.sessionId === after.sessionId && before.stage === after.stage) {
        // The question asked before is still open: say so and offer it behind a button, rather than a form
        // that looks like a new question.
        await replyTo(interaction, Promise.resolve(reply), {
          ...policy,
          components: () => [answerButton(t, "open")],
        });
        return;
      }
      await interaction.showModal(mockModal(t, reply.awaitingAnswer.question, after, interaction.id));
      return;
    }
    await replyTo(interaction, coreReply(ctx, message), policy);
    return;
  }

  if (interaction.isModalSubmit() && isMockAnswer(interaction)) {
    const message = toIncoming(interaction, mockAnswerOf(interaction));
    const t = messagesOf(ctx, message);
    // The judge may call an LLM: always acknowledge first.
    await replyTo(interaction, formAnswer(ctx, message, answeringOf(interaction)), {
      ephemeral: interaction.inGuild(),
      deferAfterMs: 0,
      // There is no message content to read on Discord: a follow-up is answered in a modal, from a button.
      components: (reply) => (reply.awaitingAnswer === undefined ? [] : [answerButton(t, "followUp")]),
    });
    return;
  }

  if (interaction.isButton() && isAnswerButton(interaction)) await askAgain(ctx, interaction);
}

/**
 * A submitted form is an answer to the question it was opened for, whatever its text looks like (a form
 * holding "/mock skip" is an answer, not a command).
 */
async function formAnswer(
  ctx: InteractionContext,
  message: IncomingMessage,
  answering: Answering | undefined,
): Promise<Reply> {
  const t = messagesOf(ctx, message);
  try {
    const reply = await answerMock(
      ctx.deps,
      {
        identity: { platform: message.platform, platformUserId: message.user.id },
        chatId: message.chat.id,
        eventId: message.eventId,
        text: message.text,
        locale: message.user.locale ?? null,
        answersInForms: true,
        ...(answering === undefined ? {} : { answering }),
      },
      ctx.clock(),
    );
    // No question open here and the form names none (one opened before forms did): as for any stray text.
    return reply ?? { text: t["text.notCommand"]({}) };
  } catch (error) {
    ctx.deps.log.error({ err: error, platform: message.platform }, "mock answer failed");
    return { text: t["error.internal"]({}) };
  }
}

/** The answer modal for the member's open question, as the click's first response; or why there is none. */
async function askAgain(ctx: InteractionContext, interaction: ButtonInteraction): Promise<void> {
  const message = toIncoming(interaction, "");
  const { reply, answering } = await currentQuestion(
    ctx.deps,
    {
      identity: { platform: message.platform, platformUserId: message.user.id },
      chatId: message.chat.id,
      locale: message.user.locale ?? null,
    },
    ctx.clock(),
  );
  if (reply.awaitingAnswer !== undefined && answering !== null) {
    const t = messagesOf(ctx, message);
    await interaction.showModal(mockModal(t, reply.awaitingAnswer.question, answering, interaction.id));
    return;
  }
  // The same path as every other reply: split to Discord's length, no pings, private in a server.
  await replyTo(interaction, Promise.resolve(reply), {
    ephemeral: interaction.inGuild(),
    deferAfterMs: ctx.deferAfterMs,
  });
}

/** After a failure of ours, the member still gets an answer instead of an endless "thinking…". */
export async function apologise(ctx: InteractionContext, interaction: Interaction): Promise<void> {
  if (!interaction.isRepliable() || interaction.replied) return;
  const text = messagesFor(localeFrom(interaction.locale) ?? ctx.deps.defaultLocale)["error.internal"]({});
  if (interaction.deferred) await interaction.editReply({ content: text });
  else await interaction.reply({ content: text, flags: MessageFlags.Ephemeral });
}
