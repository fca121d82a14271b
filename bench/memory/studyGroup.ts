// The study group both measured processes see: a server of 1,000 members in GUILD_CREATE, each of whom
// then checks in once with /checkin.
import { type FakeDiscord, startFakeDiscord } from "../../tests/fakes/discord/fakeDiscord.js";
import { OPTION, slashCommand } from "../../tests/fakes/discord/interactions.js";

export const MEMBERS = 1_000;

const members = Array.from({ length: MEMBERS }, (_, i) => ({
  userId: String(610_000_000_000_000_000n + BigInt(i)),
  username: `member${i}`,
}));

export function startStudyGroup(): Promise<FakeDiscord> {
  return startFakeDiscord({ guildMembers: members });
}

/** Each member's /checkin, dispatched `batch` at a time; `settled` waits for a batch to be handled. */
export async function checkInEveryone(
  fake: FakeDiscord,
  batch: number,
  settled: (handled: number) => Promise<void>,
): Promise<void> {
  const hours = [{ name: "hours", type: OPTION.string, value: "1h" }];
  for (let start = 0; start < members.length; start += batch) {
    const slice = members.slice(start, start + batch);
    for (const { userId, username } of slice) {
      await fake.dispatch("INTERACTION_CREATE", slashCommand("checkin", hours, { userId, username }));
    }
    await settled(start + slice.length);
  }
}
