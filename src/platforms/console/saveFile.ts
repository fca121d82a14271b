// Saves a reply's attachment where the person at the terminal can open it.
import { mkdir, writeFile } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import type { ReplyFile } from "../../core/commands/context.js";

export async function saveFile(dir: string, file: ReplyFile): Promise<string> {
  await mkdir(dir, { recursive: true });
  const path = resolve(join(dir, basename(file.filename)));
  await writeFile(path, file.content, { mode: 0o600 });
  return path;
}
