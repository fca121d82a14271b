import { describe, expect, it } from "vitest";
import { countedAt, MAX_SEND_DELAY_MS } from "../../../src/core/time/sentAt.js";

const received = new Date("2026-11-30T03:00:20Z");
const ago = (ms: number) => new Date(received.getTime() - ms);

describe("countedAt", () => {
  it.each([
    ["no stamp", undefined, received],
    ["sent 30 s before", ago(30_000), ago(30_000)],
    ["sent at the bound", ago(MAX_SEND_DELAY_MS), ago(MAX_SEND_DELAY_MS)],
    ["sent past the bound", ago(MAX_SEND_DELAY_MS + 1), received],
    ["stamped after our clock (skew)", ago(-2_000), received],
  ])("GIVEN %s THEN the message counts from the right moment", (_, sentAt, expected) => {
    expect(countedAt(sentAt, received)).toEqual(expected);
  });
});
