// The answer boxes (force_reply prompts) this process sent, by message: the box shows no keyboard to carry
// its question, so a reply to one is tied to that question here. After a restart a box is unknown, and a
// reply to it answers the question open then.
import type { Answering } from "../../core/mock/currentQuestion.js";

export interface AnswerBoxes {
  remember(chatId: number, messageId: number, answering: Answering): void;
  /** The question the box was sent for; undefined when this process did not send it. */
  answeringOf(chatId: number, messageId: number): Answering | undefined;
}

/** Boxes answered long ago need not be kept: at most this many, the oldest forgotten first. */
const BOXES_KEPT = 1_000;

export function answerBoxes(kept = BOXES_KEPT): AnswerBoxes {
  const boxes = new Map<string, Answering>();
  const key = (chatId: number, messageId: number) => `${chatId}:${messageId}`;
  return {
    remember(chatId, messageId, answering) {
      if (boxes.size >= kept) {
        const oldest = boxes.keys().next();
        if (oldest.done !== true) boxes.delete(oldest.value);
      }
      boxes.set(key(chatId, messageId), answering);
    },
    answeringOf: (chatId, messageId) => boxes.get(key(chatId, messageId)),
  };
}
