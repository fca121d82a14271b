import { join, relative } from "node:path";
import type { Locale, Roadmap } from "../core/roadmap/types.js";
import { loadRoadmap, ROADMAP_DIR, RoadmapError, roadmapFiles } from "./load.js";

export const ROADMAP_USAGE = `Usage: constancia roadmap check <file>   validate a roadmap file (YAML or JSON); exit 1 when invalid
       constancia roadmap list           the installed roadmaps, with their id and title`;

export interface RoadmapIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** One line saying what a valid roadmap holds. */
export function summary(roadmap: Roadmap): string {
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? "" : "s"}`;
  const topics = roadmap.interview.topics.map((t) => t.id).join(", ");
  return `${roadmap.id}: ${count(roadmap.weeks.length, "week")}, ${count(roadmap.interview.topics.length, "interview topic")} (${topics})`;
}

async function check(file: string, io: RoadmapIO): Promise<number> {
  try {
    io.stdout(`OK ${file} — ${summary(await loadRoadmap(file))}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof RoadmapError)) throw error;
    io.stderr(`${error.message}\n`);
    return 1;
  }
}

/** A file's name as the person typing would write it: relative when it is under the current folder. */
function shownPath(file: string): string {
  const path = relative(process.cwd(), file);
  return path === "" || path.startsWith("..") ? file : path;
}

async function list(dir: string, locale: Locale, io: RoadmapIO): Promise<number> {
  const files = await roadmapFiles(dir);
  const rows: Array<[string, string, string]> = [];
  for (const name of files) {
    const file = shownPath(join(dir, name));
    try {
      const roadmap = await loadRoadmap(join(dir, name));
      rows.push([roadmap.id, roadmap.title[locale], file]);
    } catch (error) {
      if (!(error instanceof RoadmapError)) throw error;
      rows.push([
        "?",
        `not valid (${error.problems.length} problems): constancia roadmap check ${file}`,
        file,
      ]);
    }
  }
  if (rows.length === 0) io.stdout(`No roadmap files in ${dir}.\n`);
  const width = Math.max(0, ...rows.map(([id]) => id.length));
  for (const [id, title, file] of rows) io.stdout(`${id.padEnd(width)}  ${title}  (${file})\n`);
  return rows.some(([id]) => id === "?") ? 1 : 0;
}

export async function roadmapCommand(
  argv: string[],
  locale: Locale,
  io: RoadmapIO,
  dir: string = ROADMAP_DIR,
): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === "check" && rest.length === 1 && rest[0] !== undefined) return check(rest[0], io);
  if (sub === "list" && rest.length === 0) return list(dir, locale, io);
  io.stderr(`${ROADMAP_USAGE}\n`);
  return 2;
}
