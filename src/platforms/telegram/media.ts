// What a Telegram message holds instead of text: a voice note, a photo… A caption that is a command (a
// document captioned /roadmap import) makes it a command instead.
import type { Message } from "grammy/types";
import type { MediaKind } from "../../core/messages/mock.js";

export function mediaOf(message: Message): MediaKind | undefined {
  if (message.text !== undefined || message.caption?.trimStart().startsWith("/") === true) return undefined;
  if (message.voice !== undefined) return "voice";
  if (message.audio !== undefined) return "audio";
  if (message.photo !== undefined) return "photo";
  if (message.video !== undefined || message.video_note !== undefined || message.animation !== undefined) {
    return "video";
  }
  if (message.sticker !== undefined) return "sticker";
  if (message.document !== undefined) return "file";
  return undefined;
}
