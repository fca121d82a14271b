// The PlatformSender for Discord: DMs to members and posts in a server's study channel, with an optional PNG.
import {
  type APIChannel,
  DiscordAPIError,
  MessageFlags,
  type REST,
  RESTJSONErrorCodes,
  Routes,
} from "discord.js";
import type { OutgoingMessage, PlatformSender, SendResult } from "../../core/delivery.js";
import { clipText } from "../clipText.js";
import { splitText } from "../splitText.js";
import { cardContainer } from "./cardMessage.js";
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

/** The image as the message's attachment: its file, and its description (alt text) in the body. */
function imageParts(image: OutgoingMessage["image"]) {
  if (image === undefined) return { body: {}, request: {} };
  return {
    body: {
      attachments: [
        { id: 0, filename: image.filename, description: clipText(image.alt, MAX_ATTACHMENT_DESCRIPTION) },
      ],
    },
    request: {
      files: [{ name: image.filename, data: Buffer.from(image.png), contentType: "image/png" }],
    },
  };
}

async function postPart(
  rest: REST,
  channelId: string,
  content: string,
  image: OutgoingMessage["image"],
  signal: AbortSignal | undefined,
  logStudy?: OutgoingMessage["logStudy"],
): Promise<void> {
  const attached = imageParts(image);
  await rest.post(Routes.channelMessages(channelId), {
    body: {
      content,
      ...(logStudy === undefined ? {} : { components: [logStudyButton(logStudy.locale).toJSON()] }),
      // Notes and names are members' own text: never let them ping anyone.
      allowed_mentions: { parse: [] },
      ...attached.body,
    },
    ...attached.request,
    ...(signal ? { signal } : {}),
  });
}

/**
 * Posts the card as one Components V2 message (no content: V2 takes none), its image in a media gallery;
 * false when its text is past what one such message holds.
 */
async function postCard(
  rest: REST,
  channelId: string,
  message: OutgoingMessage & { card: NonNullable<OutgoingMessage["card"]> },
  image: OutgoingMessage["image"],
  format: (text: string) => string,
  signal: AbortSignal | undefined,
): Promise<boolean> {
  const container = cardContainer(message.card, format, image);
  if (container === null) return false;
  const attached = imageParts(image);
  const { logStudy } = message;
  await rest.post(Routes.channelMessages(channelId), {
    body: {
      flags: MessageFlags.IsComponentsV2,
      components: [
        container.toJSON(),
        ...(logStudy === undefined ? [] : [logStudyButton(logStudy.locale).toJSON()]),
      ],
      allowed_mentions: { parse: [] },
      ...attached.body,
    },
    ...attached.request,
    ...(signal ? { signal } : {}),
  });
  return true;
}

/** Posts the message as a card where it has one that fits; returns what went out differently, if anything. */
async function postMessage(
  rest: REST,
  channelId: string,
  message: OutgoingMessage,
  format: (text: string) => string,
  signal: AbortSignal | undefined,
): Promise<string | undefined> {
  const { card, image } = message;
  if (card === undefined) return post(rest, channelId, { ...message, text: format(message.text) }, signal);
  try {
    if (await postCard(rest, channelId, { ...message, card }, image, format, signal)) return undefined;
  } catch (error) {
    if (image === undefined || !refusedImage(error)) throw error;
    // The card still deserves to be read: it goes without the picture Discord would not take.
    await postCard(rest, channelId, { ...message, card }, undefined, format, signal);
    const refused = failure(error);
    return `image refused: ${refused.ok ? "" : refused.detail}`;
  }
  return post(rest, channelId, { ...message, text: format(message.text) }, signal);
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
      const ids = commandIds();
      const format = (text: string) => withCommandMentions(text, ids);
      const detail = await postMessage(rest, await channel(), message, format, signal);
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
