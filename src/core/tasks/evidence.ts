// Checking a deliverable's evidence link: which links can be checked, and what the check answers.
import type { EvidenceKind } from "../roadmap/types.js";

export interface GithubRepo {
  owner: string;
  repo: string;
}

/** What a check found: the evidence, what is missing, or nothing (the API did not answer). */
export type EvidenceVerdict =
  | { kind: "verified" }
  /** `missing`: "repo" when the repository itself is not there (or not public). */
  | { kind: "notFound"; missing: EvidenceKind }
  | { kind: "unreachable" };

/** Looks a link up where it lives (GitHub's API); never throws: an outage is "unreachable". */
export interface EvidenceCheck {
  check(repo: GithubRepo, kind: EvidenceKind): Promise<EvidenceVerdict>;
}

const NAME = /^[A-Za-z0-9_.-]{1,100}$/;

/** The repository a GitHub link points into (https://github.com/<owner>/<repo>[/...]); null for other links. */
export function githubRepoOf(link: string): GithubRepo | null {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" || !/^(www\.)?github\.com$/i.test(url.hostname)) return null;
  const [owner = "", rawRepo = ""] = url.pathname.split("/").filter((part) => part !== "");
  const repo = rawRepo.replace(/\.git$/i, "");
  if (!NAME.test(owner) || !NAME.test(repo) || repo === "." || repo === "..") return null;
  return { owner, repo };
}
