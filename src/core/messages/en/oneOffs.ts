// English texts of one-off sends.
import type { OneOffMessages } from "../oneOffs.js";

export const oneOffs: OneOffMessages = {
  "buddy.nudge": ({ from }) =>
    `👋 ${from} gave you a nudge: how about some study today? Log it with /checkin 1h when you're done.\n\nNot into nudges? /nudge off turns them off (/nudge on turns them back on).`,
  "milestone.reached": ({ name, milestone }) => {
    if (milestone.kind === "streak")
      return `🔥 ${name} has studied ${milestone.days} days in a row! Keep it going!`;
    if (milestone.kind === "hours")
      return `🏆 ${name} has reached ${milestone.hours} hours of study. Well done!`;
    return `🎓 ${name} delivered portfolio project ${milestone.id.toUpperCase()}, verified on GitHub. Congratulations!`;
  },
};
