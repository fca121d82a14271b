// A fake GitHub REST API on 127.0.0.1 and a random port: the repositories the test gives it, with their
// files and workflows, and 404 for the rest — or, when the test says so, an error status or silence.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeRepo {
  /** Paths of files at the repository's root, e.g. "Dockerfile". */
  files?: string[];
  /** Files in .github/workflows, e.g. "ci.yml". */
  workflows?: string[];
}

export interface GithubRequest {
  path: string;
  authorization: string | undefined;
}

export type GithubMode = { kind: "serve" } | { kind: "status"; status: number } | { kind: "hang" };

export interface FakeGithub {
  /** The base URL to give the client (GITHUB_API_URL). */
  url: string;
  requests: GithubRequest[];
  /** Repositories by "owner/repo". */
  repos: Map<string, FakeRepo>;
  setMode(mode: GithubMode): void;
  close(): Promise<void>;
}

export async function startFakeGithub(repos: Record<string, FakeRepo> = {}): Promise<FakeGithub> {
  const known = new Map(Object.entries(repos));
  const requests: GithubRequest[] = [];
  let mode: GithubMode = { kind: "serve" };
  const server = createServer((request, response) => {
    const path = decodeURIComponent(request.url ?? "/");
    requests.push({ path, authorization: request.headers.authorization });
    if (mode.kind === "hang") return;
    const send = (status: number, body: unknown) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(body));
    };
    if (mode.kind === "status") return send(mode.status, { message: "Server Error" });
    const match = /^\/repos\/([^/]+)\/([^/]+)(?:\/contents\/(.+))?$/.exec(path);
    const repo = match === null ? undefined : known.get(`${match[1]}/${match[2]}`);
    if (match === null || repo === undefined) return send(404, { message: "Not Found" });
    const [, owner, name, content] = match;
    if (content === undefined) return send(200, { full_name: `${owner}/${name}`, private: false });
    if (content === ".github/workflows") {
      const workflows = repo.workflows ?? [];
      return workflows.length === 0
        ? send(404, { message: "Not Found" })
        : send(
            200,
            workflows.map((file) => ({ name: file, path: `.github/workflows/${file}`, type: "file" })),
          );
    }
    return (repo.files ?? []).includes(content)
      ? send(200, { name: content, path: content, type: "file" })
      : send(404, { message: "Not Found" });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    repos: known,
    setMode(next) {
      mode = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
