import { describe, expect, it } from "vitest";
import { parseLocalDate } from "../../../src/core/time/parseLocalDate.js";

const TODAY = "2026-12-03";

describe("parseLocalDate", () => {
  it.each([
    ["2026-12-16", "2026-12-16"],
    ["16/12/2026", "2026-12-16"],
    ["16/12/26", "2026-12-16"],
    ["16/12", "2026-12-16"],
    ["7/1/2027", "2027-01-07"],
    ["16.12.2026", "2026-12-16"],
    ["hoje", "2026-12-03"],
    ["today", "2026-12-03"],
    ["amanhã", "2026-12-04"],
    ["Amanha", "2026-12-04"],
    ["tomorrow", "2026-12-04"],
    ["ontem", "2026-12-02"],
    ["yesterday", "2026-12-02"],
  ])("reads %j as %s", (input, expected) => {
    expect(parseLocalDate(input, TODAY, "next")).toBe(expected);
  });

  it("GIVEN a day and month alone THEN the next such day, or the nearest", () => {
    expect(parseLocalDate("01/11", TODAY, "next")).toBe("2027-11-01");
    expect(parseLocalDate("01/11", TODAY, "nearest")).toBe("2026-11-01");
    expect(parseLocalDate("05/01", TODAY, "nearest")).toBe("2027-01-05");
    expect(parseLocalDate("03/12", TODAY, "next")).toBe("2026-12-03");
    expect(parseLocalDate("20/12", "2027-01-10", "nearest")).toBe("2026-12-20");
    expect(parseLocalDate("29/02", "2027-12-03", "next")).toBe("2028-02-29");
    // In June, a day and month mean this year's, behind or ahead.
    expect(parseLocalDate("16/12", "2026-06-20", "nearest")).toBe("2026-12-16");
    expect(parseLocalDate("05/01", "2026-06-20", "nearest")).toBe("2026-01-05");
  });

  it.each(["31/02", "31/02/2027", "2026-02-30", "32/12", "12/13", "soon", "", "constructor", "1/2/3/4"])(
    "refuses %j",
    (bad) => {
      expect(parseLocalDate(bad, TODAY, "nearest")).toBeNull();
    },
  );
});
