// /language en|pt: overrides the language the platform suggests.
import { localeFrom, messagesFor } from "../messages/index.js";
import type { CommandHandler } from "./context.js";
import { say } from "./reply.js";

export const language: CommandHandler = async ({ deps, member, t }, args) => {
  if (args === "") return say(t, "language.current", {});
  const locale = localeFrom(args);
  if (locale === null) return say(t, "language.unknown", { input: args.slice(0, 40) });
  await deps.store.updateMember(member.id, { locale });
  return say(messagesFor(locale), "language.set", {});
};
