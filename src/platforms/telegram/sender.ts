// What the scheduler sends on Telegram: DMs and group posts, with an optional picture.
import { AbortController as GrammyAbortController, type AbortSignal as GrammySignal } from "abort-controller";
import { type Api, GrammyError, HttpError, InputFile } from "grammy";
import type { OutgoingMessage, PlatformSender, SendResult } from "../../core/delivery.js";
import { splitText } from "../splitText.js";

/** Telegram's limits on a message's text and on a photo's caption. */
export const MAX_TEXT = 4096;
export const MAX_CAPTION = 1024;

/** grammY on Node types its signals as the abort-controller polyfill's: one that follows `signal`. */
function grammySignal(signal: AbortSignal | undefined): GrammySignal | undefined {
  if (signal === undefined) return undefined;
  const controller = new GrammyAbortController();
  if (signal.aborted) controller.abort();
  else signal.addEventListener("abort", () => controller.abort(), { once: true });
  return controller.signal;
}

/**
 * Sends a text and its picture to a chat; a caption that would be too long goes as messages after it.
 * `signal` abandons the calls, the one under way included.
 */
export async function sendOutgoing(
  api: Api,
  chatId: string,
  message: OutgoingMessage,
  signal?: GrammySignal,
): Promise<void> {
  const { text, image } = message;
  const topic = topicOf(message);
  if (image !== undefined) {
    const photo = new InputFile(image.png, image.filename);
    if (text.length <= MAX_CAPTION) {
      await api.sendPhoto(chatId, photo, { caption: text, ...topic }, signal);
      return;
    }
    await api.sendPhoto(chatId, photo, topic, signal);
  }
  await sendText(api, chatId, message, signal);
}

/** In a forum group, the topic the message belongs to; elsewhere nothing (the chat's main thread). */
function topicOf(message: OutgoingMessage): { message_thread_id?: number } {
  return message.thread === undefined ? {} : { message_thread_id: Number(message.thread) };
}

async function sendText(
  api: Api,
  chatId: string,
  message: OutgoingMessage,
  signal?: GrammySignal,
): Promise<void> {
  for (const part of splitText(message.text, MAX_TEXT)) {
    await api.sendMessage(chatId, part, topicOf(message), signal);
  }
}

/** 403: blocked by the user, kicked from the group, a deactivated account; "chat not found": gone. */
function isUnreachable(error: GrammyError): boolean {
  return error.error_code === 403 || /chat not found/i.test(error.description);
}

/** Failures the platform reports are results; anything else is a bug and is thrown. */
export function sendFailure(error: unknown): SendResult {
  if (error instanceof GrammyError) {
    if (isUnreachable(error)) return { ok: false, error: "unreachable", detail: error.description };
    // Any other 400 is Telegram refusing the request itself: the same request would be refused again.
    if (error.error_code === 400) return { ok: false, error: "rejected", detail: error.description };
    return { ok: false, error: "transient", detail: error.description };
  }
  if (error instanceof HttpError) return { ok: false, error: "transient", detail: error.message };
  throw error;
}

async function deliver(
  api: Api,
  chatId: string,
  message: OutgoingMessage,
  abort?: AbortSignal,
): Promise<SendResult> {
  const signal = grammySignal(abort);
  try {
    await sendOutgoing(api, chatId, message, signal);
    return { ok: true };
  } catch (error) {
    // Abandoned by the caller (a deadline): grammY fails the call in several ways then, all meaning that.
    if (abort?.aborted) return { ok: false, error: "transient", detail: "abandoned" };
    const failure = sendFailure(error);
    // The picture is what Telegram refused (sendPhoto failed, nothing was posted): the text goes alone.
    if (failure.ok || failure.error !== "rejected" || message.image === undefined) return failure;
    if (!(error instanceof GrammyError) || error.method !== "sendPhoto") return failure;
    try {
      await sendText(api, chatId, message, signal);
      return { ok: true, detail: `image refused: ${failure.detail}` };
    } catch (retryError) {
      return sendFailure(retryError);
    }
  }
}

export function createTelegramSender(api: Api): PlatformSender {
  return {
    platform: "telegram",
    // A private chat's id is the user's id.
    sendToMember: (platformUserId, message, signal) => deliver(api, platformUserId, message, signal),
    sendToChannel: (channelId, message, signal) => deliver(api, channelId, message, signal),
  };
}
