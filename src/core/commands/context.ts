// What a command handler receives and returns.
import type { Card } from "../card.js";
import type { FloodGuard } from "../limits/floodGuard.js";
import type { Messages } from "../messages/index.js";
import type { MediaKind } from "../messages/mock.js";
import type { Metrics } from "../metrics.js";
import type { MockAction } from "../mock/actions.js";
import type { Answering } from "../mock/currentQuestion.js";
import type { Judge } from "../mock/judge.js";
import type { MockStore } from "../mock/ports.js";
import type { ScheduleStore } from "../nudges/ports.js";
import type { PlanForm } from "../plans/planText.js";
import type { DmState, GroupSettings, Member, Platform, Store } from "../ports.js";
import type { RoadmapCatalog } from "../roadmap/catalog.js";
import type { Locale, LocalizedText, Roadmap } from "../roadmap/types.js";
import type { EvidenceCheck } from "../tasks/evidence.js";
import type { LocalDate } from "../time/dates.js";
import type { Command, Prefetched } from "./spec.js";

export interface IncomingMessage {
  platform: Platform;
  /** Unique per platform event; a redelivered event carries the same id. */
  eventId: string;
  user: {
    id: string;
    displayName: string;
    locale?: string | null;
    /**
     * Whether the sender administers the group, from the platform's own records: known at once, or asked
     * only for a command that needs it (a call to the platform).
     */
    isGroupAdmin?: boolean | (() => Promise<boolean>);
    /** Sent in the name of the group itself (an anonymous admin): only admin commands are for us. */
    asGroup?: boolean;
    /** The account's @username where the platform has them (Telegram); null: none. */
    username?: string | null;
  };
  /** The member whose message this one replies to (Telegram), e.g. to /nudge them. */
  replyTo?: { userId: string };
  chat: {
    /** The group (Telegram chat, Discord server, console) or the private chat. */
    id: string;
    kind: "private" | "group";
    title?: string;
    /** Where group posts go when it is not the chat itself (a Discord channel). */
    channelId?: string;
    /** The topic of a forum group the message was sent in (Telegram's message_thread_id). */
    threadId?: string;
  };
  /** When the platform says it was sent; dispatch counts from it when it is recent (see countedAt). */
  sentAt?: Date;
  /** What was typed: a command, or plain text (an answer to an open question, or chatter). */
  text: string;
  /** Set when the input came from a platform's form or button rather than typed text. */
  form?: FormInput;
  /** What the platform can do; absent, nothing beyond plain replies in the same chat (the console). */
  capabilities?: Capabilities;
  /** A file sent with the message (a Telegram document, a Discord attachment). */
  attachment?: Attachment;
  /** The message was a voice note, a photo… with no command: nothing in it can be judged. */
  media?: MediaKind;
}

/** A file a member sent, read only when a command asks for it. */
export interface Attachment {
  /** Its file name as the member gave it; null when the platform has none. */
  name: string | null;
  /** Its size as the platform reports it; null when it does not say. */
  bytes: number | null;
  /** Its content as text; "tooLarge" past `maxBytes` (reading stops there). Throws when it cannot be read. */
  read(maxBytes: number): Promise<{ kind: "text"; text: string } | { kind: "tooLarge" }>;
}

export type FormInput =
  /** A command picked from the platform's list, its options typed by the platform (Discord's slash commands). */
  | { kind: "command"; name: string; options: Readonly<Record<string, string | number>> }
  /** An answer typed into a form opened for a question: it is an answer whatever it says. */
  | { kind: "answer"; text: string; answering?: Answering }
  /**
   * The member asks to answer their open question now (a button under it); `answering`: the question the
   * button was under, which must still be the open one.
   */
  | { kind: "reopen"; answering?: Answering }
  /** The private chat opened from a link made by `privateChatLink`, carrying its payload. */
  | { kind: "link"; payload: string };

export interface Capabilities {
  /** Replies in a group only their member sees (Discord's ephemeral replies). */
  privateReplies: boolean;
  /** Answers taken in a form the platform opens (Discord's modals), not from the next message. */
  forms: boolean;
  /**
   * Answers are replies to the question, or come after its Answer button (Telegram): any other message
   * while a question is open is not judged, since "wait, I'm on it" is no answer.
   */
  answersInReplies?: boolean;
  /** Buttons under a reply (Telegram's inline keyboards): a confirmation is a press, not a typed word. */
  buttons?: boolean;
  /** A link opening the private chat on a command (Telegram's deep links); absent, there is none. */
  privateChatLink?(command: string): string;
  /**
   * A member is reached by DM only once that is proven — they wrote in private, or a DM was delivered
   * (Telegram, where a bot may not write first; Discord, where members may close DMs from a server).
   * Absent: DMs reach everyone not refused (the console).
   */
  dmsNeedProof?: boolean;
  /** The bot's own name, as a command may address it ("/checkin@ConstanciaBot"); another name is another bot. */
  botName?: string;
  /** Bare commands in a group reach every bot there (Telegram): one this bot does not know is another's. */
  sharedGroupCommands?: boolean;
  /** A file on this machine, named in the command for want of attachments (the console); null if none. */
  localFile?(path: string): Attachment | null;
  /**
   * What the bot may do in a channel of this group, asked of the platform (a network call); absent where
   * group posts go to the chat itself, which the bot is answering in.
   */
  channelAccess?(channelId: string): Promise<ChannelAccess>;
}

/** What the bot needs in a channel to post a group's summary there: the text, and its chart. */
export type ChannelPermission = "viewChannel" | "sendMessages" | "attachFiles";

export interface ChannelAccess {
  /** How a message names the channel (Discord's <#id>, which members can click). */
  mention: string;
  /** What the bot lacks there; empty when it can post. */
  missing: readonly ChannelPermission[];
}

export interface ReplyFile {
  filename: string;
  mime: string;
  content: string;
}

export interface Reply {
  text: string;
  /** The text's lines grouped as a card, where the platform draws one (Discord's Components V2). */
  card?: Card;
  /** A document to attach (a data export); platforms without attachments save it and say where. */
  file?: ReplyFile;
  /** "group": for everyone in the chat, even where personal replies are private (a public check-in). */
  audience?: "group";
  /**
   * The member now has a question open (a mock interview): platforms with forms can ask for the answer in
   * one; the others take the next message, as the text says.
   */
  awaitingAnswer?: {
    question: string;
    answering: Answering;
    /** now: a new question, or one the member asked to answer; onRequest: shown again, behind a button. */
    open: "now" | "onRequest";
  };
  /**
   * The language the reply is written in (the member's /language): what a platform adds under it — Cancel,
   * Skip, the answer box's prompt — speaks it too. Absent: the language the platform reports.
   */
  locale?: Locale;
  /** What the member can do next in a mock interview: buttons where the platform has them. */
  mockActions?: readonly MockAction[];
  /** The topics a next mock question may be on, once a session ended: a menu where the platform has one. */
  mockTopics?: readonly { id: string; name: LocalizedText }[];
  /**
   * A change that waits for the member's yes: `command` is the text that confirms it, as typed (`/forget
   * yes`), offered as a button labelled `label` where the platform has buttons.
   */
  confirm?: { command: string; label: string };
  /**
   * A link the reply points to (the private chat, opened on a command): platforms with buttons show it as
   * one, labelled `label`, the text pointing down at it rather than carrying the bare address.
   */
  openLink?: { url: string; label: string };
  /** A check-in just recorded: platforms with buttons offer to undo it from the reply (its member's alone). */
  undoable?: true;
  /**
   * The member's study plan as its form shows it (a reply of /plan): platforms with forms or buttons offer
   * to edit it there, prefilled; the text form works everywhere.
   */
  planForm?: PlanForm;
  /**
   * Send nothing: a command refused in a flood after its burst's one notice. `text` still says why, for a
   * platform that must answer something.
   */
  silent?: true;
}

/** The smallest logger the core needs; pino satisfies it. */
export interface CoreLogger {
  error(details: object, message: string): void;
}

export interface CoreDeps {
  store: Store;
  schedule: ScheduleStore;
  /**
   * The roadmap in effect: the default at the top, the member's own (their group's) once dispatch knows who
   * wrote. Everything a command reads of a roadmap comes from here.
   */
  roadmap: Roadmap;
  /** Every roadmap a member may follow, installed or brought by a group. */
  roadmaps: RoadmapCatalog;
  defaultTimezone: string;
  defaultLocale: Locale;
  log: CoreLogger;
  /** Counts what happens; absent, nothing is counted. */
  metrics?: Metrics;
  mock: MockStore;
  judge: Judge;
  /** Answers judged per member per local day, to bound the judge's cost. */
  mockDailyLimit: number;
  /** Checks deliverables' GitHub links (/done p1 <link>); absent, links are kept unchecked. */
  evidenceCheck?: EvidenceCheck;
  /** Refuses commands past a member's or a chat's rate; absent, none is refused (the console). */
  floodGuard?: FloodGuard;
}

export interface CommandContext {
  deps: CoreDeps;
  message: IncomingMessage;
  /** With what is known of whether DMs reach them. */
  member: Member & DmState;
  /** The group the message came from; null in a private chat. */
  group: GroupSettings | null;
  t: Messages;
  now: Date;
  /** The member's day at `now`, through their day start (/daystart): 01:30 may still be yesterday. */
  today: LocalDate;
  capabilities: Capabilities;
  /** Every command, for those that list them (/help). */
  commands: readonly Command[];
  /** What the command read over the network before its transaction opened (see CommandSpec.prefetch). */
  prefetched: Prefetched;
}
