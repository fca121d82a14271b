// Answers an interaction with a core reply: at once when it is quick, deferred when it may not be.
import {
  type ActionRowBuilder,
  AttachmentBuilder,
  type ButtonBuilder,
  type InteractionReplyOptions,
  MessageFlags,
  type RepliableInteraction,
  type StringSelectMenuBuilder,
} from "discord.js";
import type { Reply } from "../../core/commands/context.js";
import { splitText } from "../splitText.js";
import { type CommandIds, withCommandMentions } from "./commandMentions.js";
import { escapeMarkdown, keepEscapesWhole } from "./markdown.js";
import { MAX_MESSAGE_LENGTH } from "./sender.js";

export interface ReplyPolicy {
  /** Whether the reply is for the member alone; a reply the core addresses to the group never is. */
  ephemeral: boolean;
  /**
   * Discord drops an interaction not answered within 3 s; past this delay we acknowledge it first
   * ("thinking…") and edit the answer in when the work ends. 0 defers at once (the LLM judge).
   */
  deferAfterMs: number;
  /** The registered commands: each one a text names becomes its mention. */
  commandIds: CommandIds;
  /** Buttons under the reply's last message, after all the text they act on. */
  components?: (reply: Reply) => ActionRowBuilder<ButtonBuilder | StringSelectMenuBuilder>[];
}

const LATE = Symbol("late");

function options(content: string, ephemeral: boolean): InteractionReplyOptions {
  return {
    content,
    allowedMentions: { parse: [] },
    ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  };
}

/** The reply as Discord messages: the first carries the file, the last the buttons. */
function outgoing(reply: Reply, policy: ReplyPolicy, inServer: boolean) {
  const ephemeral = policy.ephemeral && reply.audience !== "group";
  // A reply only its member sees shows their own text back to them; one a server sees keeps it literal.
  const [head = "", ...rest] =
    ephemeral || !inServer
      ? splitText(withCommandMentions(reply.text, policy.commandIds), MAX_MESSAGE_LENGTH)
      : keepEscapesWhole(
          splitText(
            withCommandMentions(reply.text, policy.commandIds, escapeMarkdown),
            MAX_MESSAGE_LENGTH - 1,
          ),
        );
  return {
    head,
    rest,
    ephemeral,
    files: reply.file
      ? [new AttachmentBuilder(Buffer.from(reply.file.content, "utf8"), { name: reply.file.filename })]
      : [],
    components: policy.components?.(reply) ?? [],
  };
}

export async function replyTo(
  interaction: RepliableInteraction,
  work: Promise<Reply>,
  policy: ReplyPolicy,
): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const settled =
    policy.deferAfterMs <= 0
      ? LATE
      : await Promise.race([
          work,
          new Promise<typeof LATE>((resolve) => {
            timer = setTimeout(() => resolve(LATE), policy.deferAfterMs);
          }),
        ]);
  clearTimeout(timer);

  if (settled !== LATE) {
    // Left unanswered, the interaction fails for its member alone: no message, no call to Discord.
    if (settled.silent === true) return;
    const { head, rest, ephemeral, files, components } = outgoing(settled, policy, interaction.inGuild());
    await interaction.reply({ ...options(head, ephemeral), files, ...lastOf(rest, -1, components) });
    await followUps(interaction, rest, ephemeral, components);
    return;
  }

  await interaction.deferReply(policy.ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  const reply = await work;
  if (reply.silent === true) {
    await interaction.deleteReply();
    return;
  }
  const { head, rest, ephemeral, files, components } = outgoing(reply, policy, interaction.inGuild());
  await interaction.editReply({
    content: head,
    files,
    allowedMentions: { parse: [] },
    ...lastOf(rest, -1, components),
  });
  if (ephemeral === policy.ephemeral) {
    await followUps(interaction, rest, ephemeral, components);
    return;
  }
  // A message's visibility cannot change, and a follow-up sent straight after a deferral only edits it.
  // So the private answer above resolved the deferral; the public one follows, then the private one goes.
  await interaction.followUp({ ...options(head, ephemeral), files, ...lastOf(rest, -1, components) });
  await followUps(interaction, rest, ephemeral, components);
  await interaction.deleteReply();
}

type Components = ReturnType<NonNullable<ReplyPolicy["components"]>>;

/** The buttons for the message at `index` of `parts` (-1: the one before them), when it is the last. */
function lastOf(parts: string[], index: number, components: Components): { components: Components } {
  return { components: index === parts.length - 1 ? components : [] };
}

async function followUps(
  interaction: RepliableInteraction,
  parts: string[],
  ephemeral: boolean,
  components: Components,
): Promise<void> {
  for (const [index, part] of parts.entries()) {
    await interaction.followUp({ ...options(part, ephemeral), ...lastOf(parts, index, components) });
  }
}
