// /done's and /undone's arguments: a task reference and, for /done, an optional evidence link.
import type { CommandArgs } from "../spec.js";
import { argText } from "../spec.js";

export interface DoneRequest {
  /** Empty: the member named no task. */
  ref: string;
  link: string | null;
}

export type DoneArgsError = { kind: "badLink"; input: string };

const URL_LIKE = /^https?:\/\/[^\s/$.?#][^\s]*$/i;

export function parseDoneArgs(
  args: CommandArgs,
): { ok: true; value: DoneRequest } | { ok: false; error: DoneArgsError } {
  const [ref = "", ...rest] =
    args.kind === "text"
      ? args.text.trim().split(/\s+/)
      : [argText(args, "task"), ...argText(args, "link").split(/\s+/)];
  const link = rest.join(" ").trim();
  if (link === "") return { ok: true, value: { ref, link: null } };
  if (!URL_LIKE.test(link) || link.length > 300)
    return { ok: false, error: { kind: "badLink", input: link.slice(0, 60) } };
  return { ok: true, value: { ref, link } };
}
