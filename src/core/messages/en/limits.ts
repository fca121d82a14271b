// English texts of the flood guard.
import type { LimitMessages } from "../limits.js";

const seconds = (n: number) => `${n} ${n === 1 ? "second" : "seconds"}`;

export const limits: LimitMessages = {
  "flood.slowDown": ({ seconds: n }) =>
    `🐢 Easy there — that's a lot of commands at once. I'll answer again in ${seconds(n)}.`,
  "flood.notRecorded": ({ command, seconds: n }) =>
    `⏳ Not recorded: too many commands at once. Send /${command} again in ${seconds(n)}.`,
};
