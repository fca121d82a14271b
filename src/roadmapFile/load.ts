// Reads a roadmap file (YAML or JSON) and validates it; problems name the file and the path inside it.
import { readdir, readFile } from "node:fs/promises";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import type { Roadmap } from "../core/roadmap/types.js";
import { roadmapSchema } from "./schema.js";

export const DEFAULT_ROADMAP_PATH = fileURLToPath(
  new URL("../../roadmap/mlops-90-dias.yaml", import.meta.url),
);

/** Where the installed roadmaps are: the folder of the default one. */
export const ROADMAP_DIR = dirname(DEFAULT_ROADMAP_PATH);

/** The files of that folder that are roadmaps, sorted by name: the order `roadmap list` shows. */
export async function roadmapFiles(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => /\.(?:ya?ml|json)$/i.test(name)).sort();
}

export class RoadmapError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`Roadmap ${file} is not valid:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "RoadmapError";
  }
}

export function parseRoadmap(source: string, file: string): Roadmap {
  let data: unknown;
  try {
    data = parse(source);
  } catch (error) {
    throw new RoadmapError(file, [`cannot be parsed: ${(error as Error).message}`]);
  }
  const result = roadmapSchema.safeParse(data, {
    error: (issue) => (issue.code === "invalid_type" && issue.input === undefined ? "missing" : undefined),
  });
  if (!result.success) {
    throw new RoadmapError(
      file,
      result.error.issues.map((issue) => `${pathText(issue.path) || "(root)"}: ${issue.message}`),
    );
  }
  return result.data;
}

/** A path inside the file as its author would look it up: weeks[3].tasks[2].pt-BR. */
function pathText(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`))
    .join("");
}

export async function loadRoadmap(file: string = DEFAULT_ROADMAP_PATH): Promise<Roadmap> {
  let source: string;
  try {
    source = await readFile(file, "utf8");
  } catch (error) {
    throw new RoadmapError(file, [
      `cannot be read: ${(error as NodeJS.ErrnoException).code ?? "unknown error"}`,
    ]);
  }
  return parseRoadmap(source, file);
}
