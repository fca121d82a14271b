// How a member answers an open question on a platform, which the texts name.
import type { Capabilities } from "../commands/context.js";
import type { AnswerWith } from "../messages/mock.js";

export function answerWithOf(capabilities: Capabilities): AnswerWith {
  if (capabilities.forms) return "form";
  return capabilities.answersInReplies === true ? "reply" : "message";
}
