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

/** Every name a command answers to, English and Portuguese. */
export const COMMAND_NAMES: readonly string[] = [...Object.keys(COMMANDS), ...Object.keys(ALIASES)];

export function commandNamed(name: string): { name: CommandName; handler: CommandHandler } | null {
  const canonical = Object.hasOwn(COMMANDS, name) ? (name as CommandName) : own(ALIASES, name);
  return canonical === undefined ? null : { name: canonical, handler: COMMANDS[canonical] };
}
