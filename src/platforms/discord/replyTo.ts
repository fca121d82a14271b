// Answers an interaction with a core reply: at once when it is quick, deferred when it may not be.
import {
  AttachmentBuilder,
  type InteractionReplyOptions,
  MessageFlags,
  type RepliableInteraction,
} from "discord.js";
import type { Reply } from "../../core/commands/context.js";
import { splitText } from "./splitText.js";

export interface ReplyPolicy {
  ephemeral: boolean;
  /**
   * Discord drops an interaction not answered within 3 s; past this delay we acknowledge it first
   * ("thinking…") and edit the answer in when the work ends. 0 defers at once (the LLM judge).
   */
  deferAfterMs: number;
}

const LATE = Symbol("late");

function options(content: string, ephemeral: boolean): InteractionReplyOptions {
  return {
    content,
    allowedMentions: { parse: [] },
    ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
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

  let reply: Reply;
  let first: (content: string, files: AttachmentBuilder[]) => Promise<unknown>;
  if (settled === LATE) {
    await interaction.deferReply(policy.ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    reply = await work;
    first = (content, files) => interaction.editReply({ content, files, allowedMentions: { parse: [] } });
  } else {
    reply = settled;
    first = (content, files) => interaction.reply({ ...options(content, policy.ephemeral), files });
  }
  const files = reply.file
    ? [new AttachmentBuilder(Buffer.from(reply.file.content, "utf8"), { name: reply.file.filename })]
    : [];
  const [head = "", ...rest] = splitText(reply.text);
  await first(head, files);
  for (const part of rest) await interaction.followUp(options(part, policy.ephemeral));
}
