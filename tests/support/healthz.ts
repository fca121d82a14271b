// Waits for a process started with HTTP_PORT to report itself healthy.
import { setTimeout as sleep } from "node:timers/promises";

/**
 * Polls GET /healthz on the port until it answers 200, and returns its body. `check` runs before each try
 * and throws to give up (the process exited).
 */
export async function untilHealthy(port: number, check: () => void = () => {}): Promise<unknown> {
  for (;;) {
    check();
    const response = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => null);
    if (response?.status === 200) return response.json();
    await sleep(200);
  }
}
