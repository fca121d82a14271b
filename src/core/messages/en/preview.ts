// English texts of the dry run.
import type { PreviewMessages } from "../preview.js";

export const preview: PreviewMessages = {
  "preview.nothingDue": ({ from, until }) =>
    `Nothing goes out between ${from} and ${until}: no nudge, recap or group summary falls in that window (or it was already sent). To look further ahead, add --until.`,
};
