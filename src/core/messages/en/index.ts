// The English catalog.
import type { Messages } from "../catalog.js";
import { common } from "./common.js";
import { day } from "./dates.js";
import { discord } from "./discord.js";
import { limits } from "./limits.js";
import { mock } from "./mock.js";
import { oneOffs } from "./oneOffs.js";
import { preview } from "./preview.js";
import { schedule } from "./schedule.js";
import { telegram } from "./telegram.js";

export const en: Messages = {
  locale: "en",
  date: day,
  ...common,
  ...telegram,
  ...schedule,
  ...mock,
  ...discord,
  ...limits,
  ...preview,
  ...oneOffs,
};
