import { beforeAll, describe, expect, it } from "vitest";
import { roadmapPosition } from "../../../src/core/progress/roadmapPosition.js";
import type { Roadmap } from "../../../src/core/roadmap/types.js";
import { loadRoadmap } from "../../../src/roadmapFile/load.js";

let roadmap: Roadmap;
beforeAll(async () => {
  roadmap = await loadRoadmap();
});

describe("roadmapPosition", () => {
  it("GIVEN no start date THEN unset", () => {
    expect(roadmapPosition(roadmap, null, "2026-11-28")).toEqual({ kind: "unset" });
  });

  it("GIVEN day 1 THEN week 1, and day 8 THEN week 2", () => {
    expect(roadmapPosition(roadmap, "2026-11-28", "2026-11-28")).toMatchObject({
      kind: "week",
      day: 1,
      week: { number: 1 },
    });
    expect(roadmapPosition(roadmap, "2026-11-21", "2026-11-28")).toMatchObject({
      kind: "week",
      day: 8,
      week: { number: 2 },
    });
  });

  it("GIVEN day 1 on a Thursday THEN its calendar week is week 1, the Monday after starts week 2", () => {
    expect(roadmapPosition(roadmap, "2026-01-01", "2026-01-04")).toMatchObject({
      week: { number: 1 },
      day: 4,
    });
    expect(roadmapPosition(roadmap, "2026-01-01", "2026-01-05")).toMatchObject({
      week: { number: 2 },
      day: 5,
    });
  });

  it("GIVEN the twelfth calendar week's Sunday THEN the last week, and the Monday after THEN finished", () => {
    expect(roadmapPosition(roadmap, "2026-01-01", "2026-03-22")).toMatchObject({
      kind: "week",
      week: { number: 12 },
    });
    expect(roadmapPosition(roadmap, "2026-01-01", "2026-03-23")).toMatchObject({
      kind: "finished",
      totalWeeks: 12,
      daysSinceEnd: 0,
    });
  });

  it("GIVEN a start next Monday THEN upcoming with the days to wait", () => {
    expect(roadmapPosition(roadmap, "2026-11-30", "2026-11-28")).toEqual({
      kind: "upcoming",
      startDate: "2026-11-30",
      daysUntil: 2,
    });
  });
});
