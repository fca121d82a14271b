// English texts of /export and /forget.
import type { PrivacyMessages } from "../privacy.js";

export const privacy: PrivacyMessages = {
  "export.ready": ({ checkins, mockAnswers }) => {
    const answers =
      mockAnswers === 0 ? "" : `, ${mockAnswers} mock-interview ${mockAnswers === 1 ? "answer" : "answers"}`;
    return `📦 Here is everything Constância stores about you (${checkins} ${checkins === 1 ? "check-in" : "check-ins"}${answers} and more), as a JSON file.`;
  },
  "forget.confirm": ({ word }) =>
    `⚠️ This deletes your profile, every check-in, mock interview and scheduled message about you, for good. To confirm, send: /forget ${word}`,
  "forget.done": () => "🗑️ Done: everything about you is deleted. If you come back, /start begins from zero.",
};
