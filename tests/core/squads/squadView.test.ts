import { describe, expect, it } from "vitest";
import { messagesFor } from "../../../src/core/messages/index.js";
import type { Squad, SquadMember } from "../../../src/core/squads/ports.js";
import { squadView, waitingOn } from "../../../src/core/squads/squadView.js";

// 20:00 in São Paulo on Thursday 10 December, already the 11th in Berlin.
const NOW = new Date("2026-12-10T23:00:00Z");

const member = (
  id: number,
  name: string,
  activeDates: string[],
  timezone = "America/Sao_Paulo",
): SquadMember => ({
  id,
  displayName: name,
  timezone,
  dayStart: null,
  restDays: [],
  pausedDays: [],
  weeklyGoalMinutes: null,
  roadmapStart: null,
  activeDates,
});
const squadOf = (...members: SquadMember[]): Squad => ({ id: 1, groupId: 1, name: "Foco", members });
const nineDays = Array.from({ length: 9 }, (_, i) => `2026-12-0${i + 1}`);

describe("the squad's evening line", () => {
  it("GIVEN Ana and Caio done today and the reader not THEN the reader keeps the squad's 9 days with a check-in", () => {
    const view = squadView(
      squadOf(
        member(1, "Ana", ["2026-12-10", ...nineDays]),
        member(2, "Caio", ["2026-12-10", ...nineDays]),
        member(3, "Bia", nineDays),
      ),
      NOW,
    );
    expect(view.streak).toBe(9);
    const squads = waitingOn(view, 3);
    expect(squads).toEqual([{ done: ["Ana", "Caio"], streak: 9 }]);
    const evening = { name: "Bia", streak: 9, freezesHeld: 0, frozenYesterday: false, squads };
    expect(messagesFor("en")["nudge.evening"](evening).split("\n").at(-1)).toBe(
      "👥 Ana and Caio are done today — you keep the squad's 9 days with a check-in.",
    );
    expect(messagesFor("pt-BR")["nudge.evening"](evening).split("\n").at(-1)).toBe(
      "👥 Ana e Caio já estudaram hoje — com o seu check-in, a equipe mantém os 9 dias.",
    );
  });

  it("GIVEN someone else not done either, or the reader done THEN no squad line", () => {
    const view = squadView(
      squadOf(
        member(1, "Ana", ["2026-12-10", ...nineDays]),
        member(2, "Caio", nineDays),
        member(3, "Bia", nineDays),
      ),
      NOW,
    );
    expect(waitingOn(view, 3)).toEqual([]);
    expect(waitingOn(view, 1)).toEqual([]);
  });

  it("GIVEN a member whose day already turned in their zone THEN done is read on their own day", () => {
    // At 23:00 UTC it is already the 11th in Berlin: Ana's check-in of the 10th was yesterday for her.
    const view = squadView(
      squadOf(member(1, "Ana", ["2026-12-10", ...nineDays], "Europe/Berlin"), member(2, "Bia", nineDays)),
      NOW,
    );
    expect(view.members.map((m) => m.doneToday)).toEqual([false, false]);
    expect(view.streak).toBe(9);
  });

  it("GIVEN a squad of one THEN it has no squad streak yet, whatever its member's own", () => {
    expect(squadView(squadOf(member(1, "Ana", ["2026-12-10", ...nineDays])), NOW).streak).toBe(0);
  });
});
