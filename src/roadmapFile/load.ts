// Reads a roadmap file (YAML or JSON) and validates it; problems name the file and the path inside it.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import type { Roadmap } from "../core/roadmap/types.js";
import { roadmapSchema } from "./schema.js";

export const DEFAULT_ROADMAP_PATH = fileURLToPath(
  new URL("../../roadmap/mlops-90-dias.yaml", import.meta.url),
);

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
