// What the core sends on its own initiative (nudges, recaps, summaries), and how a platform reports back.
import type { Card } from "./card.js";
import type { Platform } from "./ports.js";
import type { Locale } from "./roadmap/types.js";

export interface OutgoingImage {
  png: Uint8Array;
  filename: string;
  /** A text alternative, for platforms and people that cannot see the image. */
  alt: string;
}

export interface OutgoingMessage {
  text: string;
  /** The text's lines grouped as a card, with the image in it, where the platform draws one (Discord). */
  card?: Card;
  image?: OutgoingImage;
  /**
   * A nudge to study: platforms with buttons and forms offer to log the study from it (Discord's "Log
   * study" button and its form), labelled in this language.
   */
  logStudy?: { locale: Locale };
  /** The topic of a forum group it goes to (Telegram's message_thread_id); absent: the chat itself. */
  thread?: string;
}

export type SendResult =
  /** detail: what went out differently than asked (the image refused, so the text went alone). */
  | { ok: true; detail?: string }
  /**
   * unreachable: the member blocked the bot or closed DMs — do not retry on every tick.
   * rejected: the platform refused the message itself (a 4xx validation error): sending it again would fail
   * the same way. transient: an outage, a rate limit, no answer in time — worth another try later.
   */
  | { ok: false; error: "unreachable" | "rejected" | "transient"; detail: string };

/** Each platform implements this; the scheduler picks one by the recipient's platform. */
export interface PlatformSender {
  platform: Platform;
  /**
   * `signal` aborts the send (its deadline passed, or the send is no longer this process's to make): the
   * platform call is abandoned, so it cannot land after another process has taken the send over.
   */
  sendToMember(platformUserId: string, message: OutgoingMessage, signal?: AbortSignal): Promise<SendResult>;
  sendToChannel(channelId: string, message: OutgoingMessage, signal?: AbortSignal): Promise<SendResult>;
  /** Gives a member of the group a role (Discord's, for a milestone); absent where there are none. */
  grantRole?(groupChatId: string, platformUserId: string, roleId: string): Promise<SendResult>;
}
