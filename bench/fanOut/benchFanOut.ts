// Fan-out: a 2,000-DM broadcast through each adapter against its rate-limiting fake. The two run side by
// side to halve the wait; each is paced by its own platform's limit, and neither keeps a core busy.
import type { CoreDeps } from "../../src/core/commands/context.js";
import type { Result } from "../harness.js";
import { benchDiscordFanOut } from "./discord.js";
import { benchTelegramFanOut } from "./telegram.js";

export function benchFanOut(deps: CoreDeps): Promise<Result[]> {
  return Promise.all([benchTelegramFanOut(deps), benchDiscordFanOut(deps)]);
}
