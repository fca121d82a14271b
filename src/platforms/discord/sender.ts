// The PlatformSender for Discord: DMs to members and posts in a server's study channel, with an optional PNG.
import { type APIChannel, DiscordAPIError, type REST, RESTJSONErrorCodes, Routes } from "discord.js";
import type { OutgoingMessage, PlatformSender, SendResult } from "../../core/delivery.js";
import { clipText } from "../clipText.js";
import { splitText } from "../splitText.js";
import { type CommandIds, withCommandMentions } from "./commandMentions.js";
import { logStudyButton } from "./logStudy.js";

/** Discord takes at most 2000 characters in one message. */
export const MAX_MESSAGE_LENGTH = 2000;
/** And at most 1024 in an attachment's description (its alt text). */
export const MAX_ATTACHMENT_DESCRIPTION = 1024;

/** Errors no retry will fix: the member closed DMs or left, the channel is gone or closed to the bot. */
const UNREACHABLE = new Set<number>([
  RESTJSONErrorCodes.CannotSendMessagesToThisUser,
  RESTJSONErrorCodes.UnknownUser,
  RESTJSONErrorCodes.UnknownChannel,
  RESTJSONErrorCodes.MissingAccess,
  RESTJSONErrorCodes.MissingPermissions,
]);

/** 4xx answers worth another try: a bad token an operator may fix, a timeout, a rate limit. */
const RETRYABLE_4XX = new Set([401, 408, 429]);

/** DM channel ids never change, so remembering a few saves one request per DM. */
const DM_CHANNELS_KEPT = 1_000;

function failure(error: unknown): SendResult {
  if (error instanceof DiscordAPIError) {
    const detail = `${error.code}: ${error.message}`;
    if (typeof error.code === "number" && UNREACHABLE.has(error.code)) {
      return { ok: false, error: "unreachable", detail };
    }
    // Discord refusing the request itself (50035 Invalid Form Body and the like): it would refuse it again.
    if (error.status >= 400 && error.status < 500 && !RETRYABLE_4XX.has(error.status)) {
      return { ok: false, error: "rejected", detail };
    }
  }
  return { ok: false, error: "transient", detail: error instanceof Error ? error.message : String(error) };
}

/** Whether what Discord refused is the attached image (its file or its description), not the message. */
function refusedImage(error: unknown): boolean {
  if (!(error instanceof DiscordAPIError)) return false;
  if (error.status === 413) return true;
  const fields = "errors" in error.rawError ? error.rawError.errors : undefined;
  if (typeof fields !== "object" || fields === null) return false;
  return Object.keys(fields).some((field) => /^(attachments|files?)\b/.test(field));
}

async function postPart(
  rest: REST,
  channelId: string,
  content: string,
  image: OutgoingMessage["image"],
  signal: AbortSignal | undefined,
  logStudy?: OutgoingMessage["logStudy"],
): Promise<void> {
  await rest.post(Routes.channelMessages(channelId), {
    body: {
      content,
      ...(logStudy === undefined ? {} : { components: [logStudyButton(logStudy.locale).toJSON()] }),
      // Notes and names are members' own text: never let them ping anyone.
      allowed_mentions: { parse: [] },
      ...(image
        ? {
            attachments: [
              {
                id: 0,
                filename: image.filename,
                description: clipText(image.alt, MAX_ATTACHMENT_DESCRIPTION),
              },
            ],
          }
        : {}),
    },
    ...(image
      ? { files: [{ name: image.filename, data: Buffer.from(image.png), contentType: "image/png" }] }
      : {}),
    ...(signal ? { signal } : {}),
  });
}

/** Posts the text (in parts, the image on the last); returns what went out differently, if anything. */
async function post(
  rest: REST,
  channelId: string,
  message: OutgoingMessage,
  signal: AbortSignal | undefined,
): Promise<string | undefined> {
  const parts = splitText(message.text, MAX_MESSAGE_LENGTH);
  for (const [index, content] of parts.entries()) {
    const last = index === parts.length - 1;
    const image = last ? message.image : undefined;
    // The button under the last part, where the member reads on from.
    const logStudy = last ? message.logStudy : undefined;
    try {
      await postPart(rest, channelId, content, image, signal, logStudy);
    } catch (error) {
      if (image === undefined || !refusedImage(error)) throw error;
      // The text still deserves to be read: it goes without the picture Discord would not take.
      await postPart(rest, channelId, content, undefined, signal, logStudy);
      const refused = failure(error);
      return `image refused: ${refused.ok ? "" : refused.detail}`;
    }
  }
  return undefined;
}

/** `commandIds`: the registered commands, whose mentions replace the names texts type. */
export function createDiscordSender(
  rest: REST,
  commandIds: () => CommandIds = () => new Map(),
): PlatformSender {
  const dmChannels = new Map<string, string>();

  async function dmChannelOf(userId: string, signal: AbortSignal | undefined): Promise<string> {
    const known = dmChannels.get(userId);
    if (known !== undefined) return known;
    const channel = (await rest.post(Routes.userChannels(), {
      body: { recipient_id: userId },
      ...(signal ? { signal } : {}),
    })) as APIChannel;
    if (dmChannels.size >= DM_CHANNELS_KEPT) {
      const oldest = dmChannels.keys().next();
      if (oldest.done !== true) dmChannels.delete(oldest.value);
    }
    dmChannels.set(userId, channel.id);
    return channel.id;
  }

  async function send(
    channel: () => Promise<string>,
    message: OutgoingMessage,
    signal: AbortSignal | undefined,
  ): Promise<SendResult> {
    try {
      const text = withCommandMentions(message.text, commandIds());
      const detail = await post(rest, await channel(), { ...message, text }, signal);
      return detail === undefined ? { ok: true } : { ok: true, detail };
    } catch (error) {
      return failure(error);
    }
  }

  return {
    platform: "discord",
    sendToMember: (platformUserId, message, signal) =>
      send(() => dmChannelOf(platformUserId, signal), message, signal),
    sendToChannel: (channelId, message, signal) => send(async () => channelId, message, signal),
    async grantRole(guildId, userId, roleId) {
      try {
        await rest.put(Routes.guildMemberRole(guildId, userId, roleId));
        return { ok: true };
      } catch (error) {
        return failure(error);
      }
    },
  };
}
