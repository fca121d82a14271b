// What the core sends on its own initiative (nudges, recaps, summaries), and how a platform reports back.
import type { Platform } from "./ports.js";

export interface OutgoingImage {
  png: Uint8Array;
  filename: string;
  /** A text alternative, for platforms and people that cannot see the image. */
  alt: string;
}

export interface OutgoingMessage {
  text: string;
  image?: OutgoingImage;
}

export type SendResult =
  | { ok: true }
  /** unreachable: the member blocked the bot or closed DMs — do not retry on every tick. */
  | { ok: false; error: "unreachable" | "transient"; detail: string };

/** Each platform implements this; the scheduler picks one by the recipient's platform. */
export interface PlatformSender {
  platform: Platform;
  sendToMember(platformUserId: string, message: OutgoingMessage): Promise<SendResult>;
  sendToChannel(channelId: string, message: OutgoingMessage): Promise<SendResult>;
}
