// A token bucket, how the fakes enforce a platform's "N requests a second": N a second on average, and
// at most one second's worth at once.
import { performance } from "node:perf_hooks";

export class TokenBucket {
  private tokens: number;
  private last = performance.now();

  constructor(private readonly perSecond: number) {
    this.tokens = perSecond;
  }

  /** Takes one token: 0 if there was one, else the seconds until there will be. */
  take(): number {
    const now = performance.now();
    this.tokens = Math.min(this.perSecond, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return 0;
    }
    return (1 - this.tokens) / this.perSecond;
  }
}
