// The bucket arithmetic the flood guard counts with.
import { describe, expect, it } from "vitest";
import {
  hasToken,
  isFull,
  msUntilToken,
  refilled,
  taken,
  tokensIn,
} from "../../../src/core/limits/tokenBucket.js";

const RATE = { burst: 5, refillMs: 3_000 };

describe("token bucket", () => {
  it("GIVEN a new bucket THEN it is full", () => {
    const bucket = refilled(undefined, RATE, 1_000);
    expect(tokensIn(bucket, RATE)).toBe(5);
    expect(isFull(bucket, RATE)).toBe(true);
  });

  it("GIVEN five taken at once THEN empty, and a token back 3 s later", () => {
    let bucket = refilled(undefined, RATE, 0);
    for (let i = 0; i < 5; i++) bucket = taken(bucket, RATE);
    expect(hasToken(bucket, RATE)).toBe(false);
    expect(msUntilToken(bucket, RATE)).toBe(3_000);
    expect(msUntilToken(refilled(bucket, RATE, 1_000), RATE)).toBe(2_000);
    expect(hasToken(refilled(bucket, RATE, 2_999), RATE)).toBe(false);
    expect(hasToken(refilled(bucket, RATE, 3_000), RATE)).toBe(true);
    expect(tokensIn(refilled(bucket, RATE, 7_000), RATE)).toBe(2);
  });

  it("GIVEN a long quiet spell THEN the bucket holds no more than its burst", () => {
    const empty = { heldMs: 0, at: 0 };
    expect(tokensIn(refilled(empty, RATE, 3_600_000), RATE)).toBe(5);
    expect(isFull(refilled(empty, RATE, 14_999), RATE)).toBe(false);
    expect(isFull(refilled(empty, RATE, 15_000), RATE)).toBe(true);
  });

  it("GIVEN a clock that steps back THEN nothing is refilled, and time does not run backwards", () => {
    expect(refilled({ heldMs: 1_500, at: 10_000 }, RATE, 4_000)).toEqual({ heldMs: 1_500, at: 10_000 });
  });
});
