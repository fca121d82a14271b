// A file on this machine, named after a command (/roadmap import my-roadmap.yaml): the console's attachment.
import { open } from "node:fs/promises";
import { basename, resolve } from "node:path";
import type { Attachment } from "../../core/commands/context.js";

export function localFile(path: string): Attachment {
  const file = resolve(path);
  return {
    name: basename(file),
    bytes: null,
    async read(maxBytes) {
      const handle = await open(file, "r");
      try {
        if ((await handle.stat()).size > maxBytes) return { kind: "tooLarge" };
        return { kind: "text", text: await handle.readFile("utf8") };
      } finally {
        await handle.close();
      }
    },
  };
}
