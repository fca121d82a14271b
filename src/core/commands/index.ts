// Every command, in the order /help and the menus list them. Adding one: its folder, and a line here.
import { own } from "../lookup.js";
import { checkin } from "./checkin/checkin.js";
import { daystart } from "./daystart/daystart.js";
import { done } from "./done/done.js";
import { evening } from "./evening/evening.js";
import { exportData } from "./export/export.js";
import { forget } from "./forget/forget.js";
import { goal } from "./goal/goal.js";
import { help } from "./help/help.js";
import { join } from "./join/join.js";
import { language } from "./language/language.js";
import { leaderboard } from "./leaderboard/leaderboard.js";
import { leaderboardIn } from "./leaderboard-optin/leaderboard-optin.js";
import { leaderboardOut } from "./leaderboard-optout/leaderboard-optout.js";
import { link } from "./link/link.js";
import { mock } from "./mock/mock.js";
import { nudge } from "./nudge/nudge.js";
import { pause } from "./pause/pause.js";
import { plan } from "./plan/plan.js";
import { portfolio } from "./portfolio/portfolio.js";
import { progress } from "./progress/progress.js";
import { quiet } from "./quiet/quiet.js";
import { remind } from "./remind/remind.js";
import { rest } from "./rest/rest.js";
import { resume } from "./resume/resume.js";
import { roadmap } from "./roadmap/roadmap.js";
import { roadmapImport } from "./roadmap-import/roadmapImport.js";
import { setup } from "./setup/setup.js";
import type { Command } from "./spec.js";
import { squad } from "./squad/squad.js";
import { start } from "./start/start.js";
import { timezone } from "./timezone/timezone.js";
import { undo } from "./undo/undo.js";
import { undone } from "./undone/undone.js";
import { unlink } from "./unlink/unlink.js";

export const COMMANDS: readonly Command[] = [
  start,
  checkin,
  undo,
  progress,
  goal,
  plan,
  rest,
  roadmap,
  done,
  undone,
  portfolio,
  mock,
  join,
  squad,
  leaderboard,
  leaderboardOut,
  leaderboardIn,
  nudge,
  remind,
  evening,
  quiet,
  daystart,
  pause,
  resume,
  timezone,
  language,
  setup,
  roadmapImport,
  link,
  unlink,
  exportData,
  forget,
  help,
];

const BY_NAME: Record<string, Command> = Object.fromEntries(
  COMMANDS.flatMap((command) =>
    [command.name, ...command.aliases.en, ...command.aliases["pt-BR"]].map((name) => [name, command]),
  ),
);
// Where a platform takes no hyphen in a command's name (Telegram), "/leaderboard_optout" means the same.
for (const [name, command] of Object.entries(BY_NAME)) {
  if (name.includes("-")) BY_NAME[name.replaceAll("-", "_")] ??= command;
}

/** Every name a command answers to, English and Portuguese. */
export const COMMAND_NAMES: readonly string[] = Object.keys(BY_NAME);

/** The command a name (or alias) stands for; names come from members, so only own keys count. */
export function commandNamed(name: string): Command | null {
  return own(BY_NAME, name) ?? null;
}
