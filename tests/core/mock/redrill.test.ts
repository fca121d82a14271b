// Spaced re-drills: a weak answer brings its question back after 2, then 5, then 12 days; a strong one
// pushes it further, and then it is done.
import { describe, expect, it } from "vitest";
import { dueRedrill, redrillQueue, type ScoredAnswer } from "../../../src/core/mock/redrill.js";

const answer = (questionId: string, overall: number, localDate: string): ScoredAnswer => ({
  topicId: questionId.split("-")[0] ?? "",
  questionId,
  overall,
  localDate,
});

describe("the re-drill queue", () => {
  it("GIVEN monitoring-2 at 4/10 on 3 Dec THEN it is due again on 5 Dec, with its score and day", () => {
    expect(redrillQueue([answer("monitoring-2", 4, "2026-12-03")])).toEqual([
      { topicId: "monitoring", questionId: "monitoring-2", dueOn: "2026-12-05", score: 4, on: "2026-12-03" },
    ]);
  });

  it("GIVEN it stays weak on each return THEN it comes back after 5, then every 12 days", () => {
    const weak = [answer("cicd-1", 3, "2026-12-01"), answer("cicd-1", 5, "2026-12-03")];
    expect(redrillQueue(weak)[0]?.dueOn).toBe("2026-12-08");
    const weaker = [...weak, answer("cicd-1", 2, "2026-12-08")];
    expect(redrillQueue(weaker)[0]?.dueOn).toBe("2026-12-20");
    expect(redrillQueue([...weaker, answer("cicd-1", 4, "2026-12-20")])[0]?.dueOn).toBe("2027-01-01");
  });

  it("GIVEN a strong answer on its return THEN it is pushed to 12 days, and a second strong one ends it", () => {
    const once = [answer("versioning-3", 4, "2026-12-01"), answer("versioning-3", 8, "2026-12-03")];
    expect(redrillQueue(once)).toMatchObject([{ dueOn: "2026-12-15", score: 8 }]);
    expect(redrillQueue([...once, answer("versioning-3", 9, "2026-12-15")])).toEqual([]);
  });

  it("GIVEN only strong answers THEN nothing to re-drill", () => {
    expect(redrillQueue([answer("project-1", 6, "2026-12-01"), answer("cicd-2", 9, "2026-12-02")])).toEqual(
      [],
    );
  });

  it("GIVEN several due THEN the soonest first, on the topic asked for when one is", () => {
    const queue = redrillQueue([
      answer("cicd-1", 3, "2026-12-02"),
      answer("monitoring-2", 4, "2026-12-01"),
      answer("project-1", 1, "2026-12-04"),
    ]);
    expect(queue.map((r) => r.questionId)).toEqual(["monitoring-2", "cicd-1", "project-1"]);
    expect(dueRedrill(queue, "2026-12-03")?.questionId).toBe("monitoring-2");
    expect(dueRedrill(queue, "2026-12-04", "cicd")?.questionId).toBe("cicd-1");
    expect(dueRedrill(queue, "2026-12-05", "project")).toBeNull();
  });
});
