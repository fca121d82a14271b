// The question a button under a mock-interview reply acts on, as the platform passes it with /mock's
// options: a button left under an old question must not skip, stop or replace a newer one.
import type { Answering } from "../../mock/currentQuestion.js";
import type { CommandArgs } from "../spec.js";

/** Options no member types: only a platform's buttons set them. */
export const TARGET_OPTIONS = { session: "session", stage: "stage" } as const;

/** The question a button named; null for a typed or picked /mock, which acts on whatever is open. */
export function targetOf(args: CommandArgs): Answering | null {
  if (args.kind === "text") return null;
  const session = Number(args.values[TARGET_OPTIONS.session]);
  const stage = args.values[TARGET_OPTIONS.stage];
  if (!Number.isSafeInteger(session) || (stage !== "question" && stage !== "followUp")) return null;
  return { sessionId: session, stage };
}
