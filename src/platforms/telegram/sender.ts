// What the scheduler sends on Telegram: DMs and group posts, with an optional picture.
import { type Api, GrammyError, HttpError, InputFile } from "grammy";
import type { OutgoingMessage, PlatformSender, SendResult } from "../../core/delivery.js";
import { splitText } from "../splitText.js";

/** Telegram's limits on a message's text and on a photo's caption. */
export const MAX_TEXT = 4096;
export const MAX_CAPTION = 1024;

/** Sends a text and its picture to a chat; a caption that would be too long goes as messages after it. */
export async function sendOutgoing(api: Api, chatId: string, message: OutgoingMessage): Promise<void> {
  const { text, image } = message;
  if (image !== undefined) {
    const photo = new InputFile(image.png, image.filename);
    if (text.length <= MAX_CAPTION) {
      await api.sendPhoto(chatId, photo, { caption: text });
      return;
    }
    await api.sendPhoto(chatId, photo);
  }
  for (const part of splitText(text, MAX_TEXT)) await api.sendMessage(chatId, part);
}

/** Failures the platform reports are results; anything else is a bug and is thrown. */
export function sendFailure(error: unknown): SendResult {
  if (error instanceof GrammyError) {
    // 403: blocked by the user, kicked from the group, or a deactivated account; 400 "chat not found":
    // the chat never existed or is gone. Retrying on every tick would not change either.
    const unreachable = error.error_code === 403 || /chat not found/i.test(error.description);
    return { ok: false, error: unreachable ? "unreachable" : "transient", detail: error.description };
  }
  if (error instanceof HttpError) return { ok: false, error: "transient", detail: error.message };
  throw error;
}

async function deliver(api: Api, chatId: string, message: OutgoingMessage): Promise<SendResult> {
  try {
    await sendOutgoing(api, chatId, message);
    return { ok: true };
  } catch (error) {
    return sendFailure(error);
  }
}

export function createTelegramSender(api: Api): PlatformSender {
  return {
    platform: "telegram",
    // A private chat's id is the user's id.
    sendToMember: (platformUserId, message) => deliver(api, platformUserId, message),
    sendToChannel: (channelId, message) => deliver(api, channelId, message),
  };
}
