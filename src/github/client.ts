// The one way to GitHub: its REST API, asked whether a deliverable's evidence is there. Every failure of
// ours or GitHub's (timeout, 5xx, rate limit, network) is "unreachable", never an exception.
import type { EvidenceKind } from "../core/roadmap/types.js";
import type { EvidenceCheck, EvidenceVerdict, GithubRepo } from "../core/tasks/evidence.js";

export interface GithubClientOptions {
  /** e.g. https://api.github.com, without a trailing slash. */
  apiUrl: string;
  token?: string;
  /** The whole check's deadline, all its requests together. */
  timeoutMs?: number;
  fetch?: typeof globalThis.fetch;
  log?: { warn(details: object, message: string): void };
}

type Answer = "found" | "missing" | "unreachable";

/** A check through GitHub's REST API: the repository, then the file or folder the kind asks for. */
export function createGithubCheck(options: GithubClientOptions): EvidenceCheck {
  const { apiUrl, token, timeoutMs = 5000, fetch = globalThis.fetch, log } = options;
  const headers: Record<string, string> = {
    accept: "application/vnd.github+json",
    "x-github-api-version": "2022-11-28",
    "user-agent": "constancia",
    ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
  };

  async function ask(path: string, signal: AbortSignal, nonEmptyList = false): Promise<Answer> {
    try {
      const response = await fetch(`${apiUrl}${path}`, { headers, signal });
      // Only a workflow listing's body is read; the others are let go, freeing the connection.
      if (!nonEmptyList || !response.ok) await response.body?.cancel();
      if (response.status === 404) return "missing";
      if (!response.ok) {
        // 403 and 429 are GitHub's rate limits; 5xx its outages: neither says the evidence is absent.
        // The path names the member's repository: what they wrote stays out of the log.
        log?.warn({ status: response.status }, "github check got no answer");
        return "unreachable";
      }
      if (!nonEmptyList) return "found";
      const body: unknown = await response.json();
      return Array.isArray(body) && body.length > 0 ? "found" : "missing";
    } catch (error) {
      log?.warn({ error: error instanceof Error ? error.name : "unknown" }, "github check failed");
      return "unreachable";
    }
  }

  return {
    async check({ owner, repo }: GithubRepo, kind: EvidenceKind): Promise<EvidenceVerdict> {
      const signal = AbortSignal.timeout(timeoutMs);
      const base = `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;
      const repository = await ask(base, signal);
      if (repository === "unreachable") return { kind: "unreachable" };
      if (repository === "missing") return { kind: "notFound", missing: "repo" };
      if (kind === "repo") return { kind: "verified" };
      const inside =
        kind === "dockerfile"
          ? await ask(`${base}/contents/Dockerfile`, signal)
          : await ask(`${base}/contents/.github/workflows`, signal, true);
      if (inside === "unreachable") return { kind: "unreachable" };
      return inside === "found" ? { kind: "verified" } : { kind: "notFound", missing: kind };
    },
  };
}
