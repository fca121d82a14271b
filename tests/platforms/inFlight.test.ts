import { describe, expect, it } from "vitest";
import { inFlight } from "../../src/platforms/inFlight.js";

function deferred() {
  let resolve: () => void = () => {};
  let reject: (error: Error) => void = () => {};
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe("inFlight", () => {
  it("GIVEN work still running THEN settled() waits for it, failed or not, and the work's own result is kept", async () => {
    const tracker = inFlight();
    const ok = deferred();
    const failing = deferred();
    const tracked = tracker.track(ok.promise);
    const trackedFailure = tracker.track(failing.promise).catch((error: Error) => error.message);
    let settled = false;
    const waiting = tracker.settled().then(() => {
      settled = true;
    });
    ok.resolve();
    await tracked;
    expect(settled).toBe(false);
    expect(tracker.size()).toBe(1);
    failing.reject(new Error("the database went away"));
    await waiting;
    expect(settled).toBe(true);
    expect(tracker.size()).toBe(0);
    expect(await trackedFailure).toBe("the database went away");
  });

  it("GIVEN nothing running THEN settled() resolves at once", async () => {
    await expect(inFlight().settled()).resolves.toBeUndefined();
  });
});
