// The PlatformSender for Discord: DMs to members and posts in a server's study channel, with an optional PNG.
import { type APIChannel, DiscordAPIError, type REST, RESTJSONErrorCodes, Routes } from "discord.js";
import type { OutgoingMessage, PlatformSender, SendResult } from "../../core/delivery.js";
import { splitText } from "../splitText.js";

/** Discord takes at most 2000 characters in one message. */
export const MAX_MESSAGE_LENGTH = 2000;

/** Errors no retry will fix: the member closed DMs or left, the channel is gone or closed to the bot. */
const UNREACHABLE = new Set<number>([
  RESTJSONErrorCodes.CannotSendMessagesToThisUser,
  RESTJSONErrorCodes.UnknownUser,
  RESTJSONErrorCodes.UnknownChannel,
  RESTJSONErrorCodes.MissingAccess,
  RESTJSONErrorCodes.MissingPermissions,
]);

/** DM channel ids never change, so remembering a few saves one request per DM. */
const DM_CHANNELS_KEPT = 1_000;

function failure(error: unknown): SendResult {
  if (error instanceof DiscordAPIError && typeof error.code === "number" && UNREACHABLE.has(error.code)) {
    return { ok: false, error: "unreachable", detail: `${error.code}: ${error.message}` };
  }
  return { ok: false, error: "transient", detail: error instanceof Error ? error.message : String(error) };
}

async function post(rest: REST, channelId: string, message: OutgoingMessage): Promise<void> {
  const parts = splitText(message.text, MAX_MESSAGE_LENGTH);
  for (const [index, content] of parts.entries()) {
    const last = index === parts.length - 1;
    const image = last ? message.image : undefined;
    await rest.post(Routes.channelMessages(channelId), {
      body: {
        content,
        // Notes and names are members' own text: never let them ping anyone.
        allowed_mentions: { parse: [] },
        ...(image ? { attachments: [{ id: 0, filename: image.filename, description: image.alt }] } : {}),
      },
      ...(image
        ? { files: [{ name: image.filename, data: Buffer.from(image.png), contentType: "image/png" }] }
        : {}),
    });
  }
}

export function createDiscordSender(rest: REST): PlatformSender {
  const dmChannels = new Map<string, string>();

  async function dmChannelOf(userId: string): Promise<string> {
    const known = dmChannels.get(userId);
    if (known !== undefined) return known;
    const channel = (await rest.post(Routes.userChannels(), {
      body: { recipient_id: userId },
    })) as APIChannel;
    if (dmChannels.size >= DM_CHANNELS_KEPT) {
      const oldest = dmChannels.keys().next();
      if (oldest.done !== true) dmChannels.delete(oldest.value);
    }
    dmChannels.set(userId, channel.id);
    return channel.id;
  }

  return {
    platform: "discord",
    async sendToMember(platformUserId, message) {
      try {
        await post(rest, await dmChannelOf(platformUserId), message);
        return { ok: true };
      } catch (error) {
        return failure(error);
      }
    },
    async sendToChannel(channelId, message) {
      try {
        await post(rest, channelId, message);
        return { ok: true };
      } catch (error) {
        return failure(error);
      }
    },
  };
}
