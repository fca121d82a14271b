import { describe, expect, it } from "vitest";
import { day } from "../../../src/core/messages/en/dates.js";
import { messagesFor } from "../../../src/core/messages/index.js";
import { dia, typed } from "../../../src/core/messages/pt-BR/dates.js";

describe("dates as members read them", () => {
  it("GIVEN a date this year THEN the weekday, day and month; another year THEN the year too", () => {
    expect(day("2026-12-07", "2026-12-03")).toBe("Mon 7 Dec");
    expect(day("2027-12-07", "2026-12-03")).toBe("Tue 7 Dec 2027");
    expect(day("2026-12-31", "2027-01-01")).toBe("Thu 31 Dec 2026");
    expect(dia("2026-12-07", "2026-12-03")).toBe("seg, 07/12");
    expect(dia("2027-12-07", "2026-12-03")).toBe("ter, 07/12/2027");
    expect(dia("2026-11-28", "2026-11-28")).toBe("sáb, 28/11");
    expect(typed("2026-12-07")).toBe("07/12");
  });

  it("GIVEN the catalog THEN each language's date is its formatter", () => {
    expect(messagesFor("en").date("2026-12-07", "2026-12-03")).toBe("Mon 7 Dec");
    expect(messagesFor("pt-BR").date("2026-12-07", "2026-12-03")).toBe("seg, 07/12");
  });
});
