// Reads /link's argument: nothing (give me a code) or a code, however it was typed ("k7mq 4x2p", "K7MQ-4X2P").
import { err, ok, type Result } from "../../result.js";

export const LINK_CODE = /^[A-Z0-9]{8}$/;

export type LinkRequest = { kind: "issue" } | { kind: "redeem"; code: string };

export function parseLinkCode(
  text: string,
): Result<LinkRequest, { own: "badCode"; params: Record<string, never> }> {
  const code = text.replace(/[\s-]+/g, "").toUpperCase();
  if (code === "") return ok({ kind: "issue" });
  return LINK_CODE.test(code) ? ok({ kind: "redeem", code }) : err({ own: "badCode", params: {} });
}

/** A code as a member reads it: two groups of four. */
export const shownCode = (code: string): string => `${code.slice(0, 4)}-${code.slice(4)}`;
