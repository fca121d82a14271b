// /roadmap import: a group admin uploads a roadmap file; once valid, it is kept for the group, which follows it.
import { cleanMemberText } from "../../memberText.js";
import { ok } from "../../result.js";
import { groupRoadmapKey } from "../../roadmap/catalog.js";
import type { Attachment } from "../context.js";
import { argText, defineCommand, type FileRead, type PrefetchEnv } from "../spec.js";
import { names, type RoadmapImportReplies, replies, SHOWN_PROBLEMS, texts } from "./texts.js";

/** A roadmap of a year with every field filled in both languages is well under this. */
export const MAX_ROADMAP_BYTES = 256 * 1024;
const MAX_KB = MAX_ROADMAP_BYTES / 1024;

async function readFile(attachment: Attachment): Promise<FileRead> {
  // The member's own name for it, shown back: one line, a sane length.
  const name = cleanMemberText(attachment.name ?? "").slice(0, 80) || null;
  if (attachment.bytes !== null && attachment.bytes > MAX_ROADMAP_BYTES) {
    return { kind: "tooLarge", name, maxBytes: MAX_ROADMAP_BYTES };
  }
  try {
    const read = await attachment.read(MAX_ROADMAP_BYTES);
    return read.kind === "text"
      ? { kind: "text", name, text: read.text }
      : { kind: "tooLarge", name, maxBytes: MAX_ROADMAP_BYTES };
  } catch {
    return { kind: "unreadable", name };
  }
}

/** The file sent with the command; on the console, the file named after it. */
function attachmentOf(text: string, { message, capabilities }: PrefetchEnv): Attachment | null {
  if (message.attachment !== undefined) return message.attachment;
  return text === "" ? null : (capabilities.localFile?.(text) ?? null);
}

export const roadmapImport = defineCommand<Record<string, never>, RoadmapImportReplies>({
  ...names,
  options: [{ name: "file", kind: "file", required: true }],
  where: "group",
  elsewhere: { own: "notGroup", params: {} },
  adminOnly: { own: "notAdmin", params: {} },
  visibility: "personal",
  menus: [],
  changesData: true,
  texts,
  replies,
  parse: () => ok({}),
  async prefetch(args, env) {
    const attachment = attachmentOf(argText(args, "file"), env);
    return { file: attachment === null ? { kind: "none" } : await readFile(attachment) };
  },
  async run({ deps, group, now, t, prefetched, replies: say }) {
    const file = prefetched.file ?? { kind: "none" };
    if (file.kind === "none") return { text: say.noFile({ maxKb: MAX_KB }) };
    const name = file.name ?? say.unnamed({});
    if (file.kind === "tooLarge") return { text: say.tooLarge({ name, maxKb: MAX_KB }) };
    if (file.kind === "unreadable") return { text: say.unreadable({ name }) };
    const read = deps.roadmaps.read(file.text);
    if (!read.ok) {
      const problems = read.error.slice(0, SHOWN_PROBLEMS).map((p) => p.slice(0, 200));
      return { text: say.invalid({ name, problems, more: read.error.length - problems.length }) };
    }
    if (group === null) return { text: say.notGroup({}) };
    const roadmap = read.value;
    const key = groupRoadmapKey(group.id, roadmap.id);
    await deps.store.saveGroupRoadmap(group.id, key, roadmap, now);
    const following = await deps.store.chooseGroupRoadmap(group.id, key);
    deps.roadmaps.forget(key);
    return {
      text: say.imported({
        title: roadmap.title[t.locale],
        weeks: roadmap.weeks.length,
        topics: roadmap.interview.topics.length,
        following,
      }),
    };
  },
});
