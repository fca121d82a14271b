// The one-week roadmap the README shows as the format's example: what a group would bring.
import { readFile } from "node:fs/promises";
import type { Attachment } from "../../src/core/commands/context.js";

export async function readmeRoadmapYaml(): Promise<string> {
  const readme = await readFile(new URL("../../README.md", import.meta.url), "utf8");
  const example = /<!-- roadmap-example -->\n```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
  if (example === undefined) throw new Error("the README has no roadmap example");
  return example;
}

/** A file as a platform hands it to the core, counting how often it was downloaded. */
export function attached(name: string, text: string): Attachment & { reads: number } {
  const file = {
    name,
    bytes: Buffer.byteLength(text),
    reads: 0,
    async read(maxBytes: number) {
      file.reads += 1;
      return Buffer.byteLength(text) > maxBytes
        ? { kind: "tooLarge" as const }
        : { kind: "text" as const, text };
    },
  };
  return file;
}
