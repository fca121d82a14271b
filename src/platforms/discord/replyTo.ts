// Answers an interaction with a core reply: at once when it is quick, deferred when it may not be.
import {
  type ActionRowBuilder,
  AttachmentBuilder,
  type ButtonBuilder,
  type ContainerBuilder,
  type InteractionReplyOptions,
  MessageFlags,
  type RepliableInteraction,
  type StringSelectMenuBuilder,
} from "discord.js";
import type { Reply } from "../../core/commands/context.js";
import { splitText } from "../splitText.js";
import { cardContainer } from "./cardMessage.js";
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

type Components = ReturnType<NonNullable<ReplyPolicy["components"]>>;

/** One Discord message of a reply; `flags` without Ephemeral, which the reply's audience decides. */
interface Part {
  content?: string;
  files?: AttachmentBuilder[];
  components: (Components[number] | ContainerBuilder)[];
  flags?: MessageFlags.IsComponentsV2;
}

function options(part: Part, ephemeral: boolean): InteractionReplyOptions {
  const flags = (ephemeral ? MessageFlags.Ephemeral : 0) | (part.flags ?? 0);
  return { ...part, allowedMentions: { parse: [] }, ...(flags === 0 ? {} : { flags }) };
}

/** The reply as Discord messages: one card where it has one that fits, else its text in parts. */
function outgoing(
  reply: Reply,
  policy: ReplyPolicy,
  inServer: boolean,
): { ephemeral: boolean; parts: Part[] } {
  const ephemeral = policy.ephemeral && reply.audience !== "group";
  // A reply only its member sees shows their own text back to them; one a server sees keeps it literal.
  const literal = !ephemeral && inServer;
  const components = policy.components?.(reply) ?? [];
  const files = reply.file
    ? [new AttachmentBuilder(Buffer.from(reply.file.content, "utf8"), { name: reply.file.filename })]
    : [];
  const card =
    reply.card === undefined || files.length > 0
      ? null
      : cardContainer(reply.card, (text) =>
          withCommandMentions(text, policy.commandIds, literal ? escapeMarkdown : undefined),
        );
  if (card !== null) {
    // A V2 message carries no content: its text is in the card, its buttons under it.
    return { ephemeral, parts: [{ components: [card, ...components], flags: MessageFlags.IsComponentsV2 }] };
  }
  const texts = literal
    ? keepEscapesWhole(
        splitText(withCommandMentions(reply.text, policy.commandIds, escapeMarkdown), MAX_MESSAGE_LENGTH - 1),
      )
    : splitText(withCommandMentions(reply.text, policy.commandIds), MAX_MESSAGE_LENGTH);
  const parts = (texts.length > 0 ? texts : [""]).map(
    (content, index, all): Part => ({
      content,
      // The first carries the file, the last the buttons, after all the text they act on.
      ...(index === 0 ? { files } : {}),
      components: index === all.length - 1 ? components : [],
    }),
  );
  return { ephemeral, parts };
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
    const { ephemeral, parts } = outgoing(settled, policy, interaction.inGuild());
    const [first, ...rest] = parts;
    if (first !== undefined) await interaction.reply(options(first, ephemeral));
    await followUps(interaction, rest, ephemeral);
    return;
  }

  await interaction.deferReply(policy.ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  const reply = await work;
  if (reply.silent === true) {
    await interaction.deleteReply();
    return;
  }
  const { ephemeral, parts } = outgoing(reply, policy, interaction.inGuild());
  const [first, ...rest] = parts;
  if (first === undefined) return;
  await interaction.editReply({ ...first, allowedMentions: { parse: [] } });
  if (ephemeral === policy.ephemeral) {
    await followUps(interaction, rest, ephemeral);
    return;
  }
  // A message's visibility cannot change, and a follow-up sent straight after a deferral only edits it.
  // So the private answer above resolved the deferral; the public one follows, then the private one goes.
  await interaction.followUp(options(first, ephemeral));
  await followUps(interaction, rest, ephemeral);
  await interaction.deleteReply();
}

async function followUps(
  interaction: RepliableInteraction,
  parts: Part[],
  ephemeral: boolean,
): Promise<void> {
  for (const part of parts) await interaction.followUp(options(part, ephemeral));
}
