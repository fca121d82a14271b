// Command names, their Portuguese aliases, and their handlers.
import { own } from "../lookup.js";
import { checkin } from "./checkin.js";
import type { CommandHandler } from "./context.js";
import { help } from "./help.js";
import { join } from "./join.js";
import { language } from "./language.js";
import { leaderboard, leaderboardOptIn, leaderboardOptOut } from "./leaderboard.js";
import { mock } from "./mock.js";
import { pause, resume } from "./pause.js";
import { exportData, forget } from "./privacy.js";
import { progress } from "./progress.js";
import { quiet } from "./quiet.js";
import { remind } from "./remind.js";
import { roadmap } from "./roadmap.js";
import { setup } from "./setup.js";
import { start } from "./start.js";
import { timezone } from "./timezone.js";
import { undo } from "./undo.js";

export const COMMANDS = {
  start,
  checkin,
  undo,
  progress,
  roadmap,
  timezone,
  language,
  help,
  remind,
  quiet,
  pause,
  resume,
  leaderboard,
  "leaderboard-optout": leaderboardOptOut,
  "leaderboard-optin": leaderboardOptIn,
  setup,
  export: exportData,
  forget,
  mock,
  join,
} as const;
export type CommandName = keyof typeof COMMANDS;

const ALIASES: Record<string, CommandName> = {
  comecar: "start",
  começar: "start",
  desfazer: "undo",
  progresso: "progress",
  trilha: "roadmap",
  fuso: "timezone",
  idioma: "language",
  ajuda: "help",
  lembrete: "remind",
  silencio: "quiet",
  silêncio: "quiet",
  pausar: "pause",
  retomar: "resume",
  placar: "leaderboard",
  configurar: "setup",
  exportar: "export",
  esquecer: "forget",
  entrevista: "mock",
  entrar: "join",
};

/**
 * Commands that change what is stored. Each runs once per platform event (Store.onceForEvent), and the flood
 * guard answers rather than drops one. Every group command also records the membership, once, harmlessly.
 */
const CHANGES_DATA: ReadonlySet<CommandName> = new Set<CommandName>([
  "start",
  "checkin",
  "undo",
  "timezone",
  "language",
  "remind",
  "quiet",
  "pause",
  "resume",
  "leaderboard-optout",
  "leaderboard-optin",
  "setup",
  "forget",
  "join",
]);

/** /checkin keeps its event in the check-in itself (record_checkin): one round trip on the hot path. */
const RECORDS_OWN_EVENT: ReadonlySet<CommandName> = new Set<CommandName>(["checkin"]);

export interface FoundCommand {
  name: CommandName;
  handler: CommandHandler;
  changesData: boolean;
  /** Run inside Store.onceForEvent: a redelivered event replies as the first time and changes nothing. */
  oncePerEvent: boolean;
}

/** Every name a command answers to, English and Portuguese. */
export const COMMAND_NAMES: readonly string[] = [...Object.keys(COMMANDS), ...Object.keys(ALIASES)];

export function commandNamed(name: string): FoundCommand | null {
  const canonical = Object.hasOwn(COMMANDS, name) ? (name as CommandName) : own(ALIASES, name);
  if (canonical === undefined) return null;
  const changesData = CHANGES_DATA.has(canonical);
  return {
    name: canonical,
    handler: COMMANDS[canonical],
    changesData,
    oncePerEvent: changesData && !RECORDS_OWN_EVENT.has(canonical),
  };
}
