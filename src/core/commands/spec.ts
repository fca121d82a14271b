// What a command is: its names, options, where it runs and for whom, a pure parser and its run. Platforms
// derive their menus and definitions from these; dispatch applies the policy they declare.
import { messagesFor, render, type UserError } from "../messages/index.js";
import type { Result } from "../result.js";
import type { EvidenceKind, Locale, Roadmap } from "../roadmap/types.js";
import type { EvidenceVerdict, GithubRepo } from "../tasks/evidence.js";
import type { LocalDate } from "../time/dates.js";
import type {
  Capabilities,
  ChannelAccess,
  CommandContext,
  CoreDeps,
  IncomingMessage,
  Reply,
} from "./context.js";

/** Where a command runs: anywhere, only in a group, or only in the private chat. */
export type Where = "any" | "group" | "private";

/**
 * Who sees the reply in a group. personal: the member, where the platform can reply privately (else the
 * chat); public: everyone; private: never the group — where replies cannot be private, a link to the
 * private chat instead.
 */
export type Visibility = "personal" | "public" | "private";

/** A file the message carried, as the command's prefetch read it. */
export type FileRead =
  | { kind: "none" }
  | { kind: "text"; name: string | null; text: string }
  | { kind: "tooLarge"; name: string | null; maxBytes: number }
  | { kind: "unreadable"; name: string | null };

/** A GitHub link's check, made before the transaction: the repository, what was asked, what GitHub said. */
export interface EvidenceRead {
  repo: GithubRepo;
  kind: EvidenceKind;
  verdict: EvidenceVerdict;
}

/** What a command reads over the network before its transaction opens: a transaction never waits on one. */
export interface Prefetched {
  file?: FileRead;
  evidence?: EvidenceRead;
  /** What the bot may do in the channel a command chose for the group's posts. */
  channel?: ChannelAccess;
}

export interface PrefetchEnv {
  deps: CoreDeps;
  message: IncomingMessage;
  capabilities: Capabilities;
  /** The roadmap the command will run with, read without writing anything. */
  roadmap(): Promise<Roadmap>;
}

/** A value a member may pick for an option, named in each language. */
export interface Choice {
  value: string;
  label: Record<Locale, string>;
}

export interface OptionSpec {
  /** The English name; its name in Portuguese comes with the command's texts. */
  name: string;
  /** member, role: picked from the platform's list (Discord); the value is the account's or the role's id. */
  kind: "text" | "integer" | "channel" | "file" | "member" | "role";
  required?: boolean;
  maxLength?: number;
  min?: number;
  max?(roadmap: Roadmap): number;
  choices?(roadmap: Roadmap): Choice[];
  /** Suggestions as the member types: zones (their likely ones first), wall times, study durations. */
  suggest?: "timezone" | "time" | "duration";
}

/** A command's arguments: the text after its name, or the values a platform's form collected. */
export type CommandArgs =
  | { kind: "text"; text: string }
  | { kind: "options"; values: Readonly<Record<string, string | number>> };

/** What a parser may read besides the arguments: nothing that needs the database or the clock. */
export interface ParseEnv {
  roadmap: Roadmap;
  /** The member's day, through their day start. */
  today: LocalDate;
  /** When the message came, the member's zone and language: for words such as "UTC-3" that depend on them. */
  now: Date;
  zone: string;
  locale: Locale;
}

export interface OptionTexts {
  /** The option's name in this language (Discord: lowercase, no spaces, up to 32 characters). */
  name: string;
  description: string;
}

export interface CommandTexts {
  /** One line for pickers that show the options too (up to 100 characters). */
  description: string;
  /** One line for menus that show no options, with an example; the description when absent. */
  menu?: string;
  /** Its line in /help: how to write it, and what it does. */
  help(p: { targetHours: number }): string;
  options?: Record<string, OptionTexts>;
}

/** A command's own reply texts: each takes its parameters and gives the text. */
export type Replies = Record<string, (p: never) => string>;

/** A refusal worded by one of the command's own replies. */
export type OwnRefusal<R extends Replies> = {
  [K in keyof R & string]: { own: K; params: Parameters<R[K]>[0] };
}[keyof R & string];

/** What a parser refuses with: a catalog text, or one of the command's own. */
export type Refusal<R extends Replies> = UserError | OwnRefusal<R>;

export interface CommandSpec<A, R extends Replies = Record<never, never>> {
  name: string;
  /** Other names it answers to, per language; the first Portuguese one is its name in pickers. */
  aliases: Record<Locale, readonly string[]>;
  options: readonly OptionSpec[];
  where: Where;
  visibility: Visibility;
  /**
   * With visibility "private": what a group is told instead, with the link that opens the private chat on
   * this command (on a platform without private replies in groups).
   */
  privateLink?(link: string): Refusal<R>;
  /** Only a group's admins may run it, as the platform vouches; this is what anyone else is told. */
  adminOnly?: Refusal<R>;
  /** The reply where it may not run: a group command in a private chat, or the reverse. */
  elsewhere?: Refusal<R>;
  /** Menus that list it (menus are short: everything else is still in /help and the pickers). */
  menus: readonly ("private" | "group")[];
  /** Its reply may ask a question to answer: a platform with forms opens one at once, so it cannot wait. */
  asksQuestions?: boolean;
  /** It changes what is stored: run once per platform event, never dropped silently by the flood guard. */
  changesData: boolean;
  /** Keeps its event in its own write (one round trip on the hot path) rather than in onceForEvent. */
  recordsOwnEvent?: boolean;
  /**
   * Typed forms of other commands it stands for, by first word (/roadmap import → roadmap-import): the
   * rest of the text is that command's arguments, and its policy applies.
   */
  routes?: Readonly<Record<string, string>>;
  /**
   * Network reads the run needs (a file, an API), made before the command's transaction opens so that no
   * transaction waits on the network; a redelivered event reads again, then gets its first reply back.
   */
  prefetch?(args: CommandArgs, env: PrefetchEnv): Promise<Prefetched>;
  texts: Record<Locale, CommandTexts>;
  /** The texts of its replies, in both languages, when no other feature says them. */
  replies?: Record<Locale, R>;
  parse(args: CommandArgs, env: ParseEnv): Result<A, Refusal<R>>;
  run(ctx: CommandContext & { replies: R }, args: A): Promise<Reply>;
}

/** A command as the index holds it: its parse and run sealed together, so their argument type agrees. */
export interface Command
  extends Omit<
    CommandSpec<unknown>,
    "parse" | "run" | "replies" | "privateLink" | "adminOnly" | "elsewhere"
  > {
  /** What a group is told instead of the reply, with the link to the private chat, in a language. */
  privateLink?(link: string, locale: Locale): string;
  /** Only a group's admins may run it; what anyone else is told, in a language. */
  adminOnly?(locale: Locale): string;
  /** What it answers where it may not run, in a language. */
  elsewhere?(locale: Locale): string;
  /** Parses, and words a refusal in the given language. */
  parse(args: CommandArgs, env: ParseEnv, locale: Locale): Result<unknown, string>;
  /** Parses, then runs; a parse error is the reply. */
  handle(ctx: CommandContext, args: CommandArgs): Promise<Reply>;
}

export function defineCommand<A>(spec: CommandSpec<A>): Command;
export function defineCommand<A, R extends Replies>(
  spec: CommandSpec<A, R> & { replies: Record<Locale, R> },
): Command;
export function defineCommand<A, R extends Replies>(spec: CommandSpec<A, R>): Command {
  const { parse, run, replies, privateLink, adminOnly, elsewhere, ...meta } = spec;
  const word = (error: Refusal<R>, locale: Locale): string => {
    if (!("own" in error)) return render(messagesFor(locale), error);
    // OwnRefusal pairs each own refusal with its reply's parameters.
    const reply = replies?.[locale][error.own] as ((p: unknown) => string) | undefined;
    return reply === undefined ? error.own : reply(error.params);
  };
  return {
    ...meta,
    ...(privateLink === undefined
      ? {}
      : { privateLink: (link: string, locale: Locale) => word(privateLink(link), locale) }),
    ...(adminOnly === undefined ? {} : { adminOnly: (locale: Locale) => word(adminOnly, locale) }),
    ...(elsewhere === undefined ? {} : { elsewhere: (locale: Locale) => word(elsewhere, locale) }),
    parse(args, env, locale) {
      const parsed = parse(args, env);
      return parsed.ok ? parsed : { ok: false, error: word(parsed.error, locale) };
    },
    async handle(ctx, args) {
      const parsed = parse(args, {
        roadmap: ctx.deps.roadmap,
        today: ctx.today,
        now: ctx.now,
        zone: ctx.member.timezone,
        locale: ctx.t.locale,
      });
      if (!parsed.ok) return { text: word(parsed.error, ctx.t.locale) };
      // Without texts of its own (the first overload), R has no keys: an empty object is all of it.
      const own = replies?.[ctx.t.locale] ?? ({} as R);
      return run({ ...ctx, replies: own }, parsed.value);
    },
  };
}

/** The text of one option: the whole text after the name, or the form's value. */
export function argText(args: CommandArgs, option: string): string {
  if (args.kind === "text") return args.text.trim();
  const value = args.values[option];
  return value === undefined ? "" : String(value).trim();
}
