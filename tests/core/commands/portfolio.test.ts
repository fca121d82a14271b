// /done pN <GitHub link> checks the link through the GitHub API (a fake one here), and /portfolio shows the
// deliverables with their ticks, links and what was verified.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createGithubCheck } from "../../../src/github/client.js";
import { type FakeGithub, startFakeGithub } from "../../fakes/githubServer.js";
import { botBackends, type PortBot } from "../../support/memoryBot.js";

// Monday 2026-11-30, 10:00 in São Paulo.
const MON = "2026-11-30T13:00:00Z";

describe.each(botBackends)("portfolio deliverables checked on GitHub, on $name", (backend) => {
  let github: FakeGithub;
  let bot: PortBot;
  beforeAll(async () => {
    github = await startFakeGithub({
      "ana/churn": { files: ["Dockerfile", "README.md"], workflows: ["ci.yml"] },
      "bia/notas": { files: ["README.md"] },
    });
    bot = await backend.open({
      evidenceCheck: createGithubCheck({ apiUrl: github.url }),
    });
  });
  afterEach(() => github.setMode({ kind: "serve" }));
  afterAll(async () => {
    await bot.close();
    await github.close();
  });

  const ticks = async (as: string) => {
    const member = await bot.deps.store.ensureMember(
      { platform: "console", platformUserId: as, displayName: as },
      { timezone: "America/Sao_Paulo" },
    );
    return bot.deps.store.taskTicks(member.id, bot.deps.roadmap.id);
  };

  it("GIVEN /done p1 with a public repository THEN it is verified and /portfolio shows ✔", async () => {
    const reply = await bot.send("/done p1 https://github.com/ana/churn", { as: "ana", at: MON });
    expect(reply).toContain(
      "✅ Portfolio deliverable 1 done: GitHub repository with the code and its commit history. — https://github.com/ana/churn",
    );
    expect(reply).toContain("✔ Verified: github.com/ana/churn is a public repository.");
    expect(github.requests.at(-1)).toMatchObject({ path: "/repos/ana/churn", authorization: undefined });
    expect((await ticks("ana")).get("p1")).toMatchObject({ verified: true, checkedAt: new Date(MON) });

    const portfolio = await bot.send("/portfolio", { as: "ana", at: MON });
    expect(portfolio).toContain(
      "🎯 Final project: MLOps inference system for text classification (end-to-end)",
    );
    expect(portfolio).toContain("Deliverables (1/5):");
    expect(portfolio).toContain(
      "✅ p1. GitHub repository with the code and its commit history. — https://github.com/ana/churn ✔ verified",
    );
    expect(portfolio).toContain(
      "⬜ p2. GitHub Actions configured for tests, build and push of the Docker image.",
    );
    expect(portfolio).toContain("Tick one with its link: /done p2 <link>");
  });

  it("GIVEN GitHub slow to answer THEN other members are answered meanwhile: no write waits on the check", async () => {
    const slow = await backend.open({
      evidenceCheck: createGithubCheck({ apiUrl: github.url, timeoutMs: 1500 }),
    });
    try {
      github.setMode({ kind: "hang" });
      const asked = github.requests.length;
      const finished: string[] = [];
      const checking = slow
        .send("/done p1 https://github.com/ana/churn", { as: "ana", at: MON })
        .then((reply) => finished.push("done") && reply);
      await expect.poll(() => github.requests.length).toBeGreaterThan(asked);
      expect(await slow.send("/checkin 1h", { as: "bia", at: MON })).toContain("Logged 1h");
      finished.push("checkin");
      // The check gave up at its deadline: ticked, left unverified, after the check-in was answered.
      expect(await checking).toContain("Portfolio deliverable 1 done");
      expect(finished).toEqual(["checkin", "done"]);
    } finally {
      await slow.close();
    }
  });

  it("GIVEN a repository that is not there THEN ticked, not verified, and the reply says what was not found", async () => {
    const reply = await bot.send("/done p1 https://github.com/ana/nada", { as: "caio", at: MON });
    expect(reply).toContain("✅ Portfolio deliverable 1 done:");
    expect(reply).toContain(
      "✖ Not verified: I found no public repository github.com/ana/nada on GitHub. It stays ticked; once it's there, send /done p1 <link> again.",
    );
    expect((await ticks("caio")).get("p1")).toMatchObject({
      evidence: "https://github.com/ana/nada",
      verified: false,
    });
    expect(await bot.send("/portfolio", { as: "caio", at: MON })).not.toContain("✔");
  });

  it("GIVEN the Dockerfile deliverable THEN the repository's root is looked at, with and without the file", async () => {
    expect(
      await bot.send("/done p3 https://github.com/ana/churn/tree/main", { as: "dora", at: MON }),
    ).toContain("✔ Verified: github.com/ana/churn has a Dockerfile.");
    expect(github.requests.at(-1)?.path).toBe("/repos/ana/churn/contents/Dockerfile");
    expect(
      await bot.send("/feito p3 https://github.com/bia/notas", { as: "bia", at: MON, locale: "pt-BR" }),
    ).toContain(
      "✖ Não verificado: github.com/bia/notas não tem Dockerfile na raiz. A entrega continua marcada; quando estiver lá, mande /feito p3 <link> de novo.",
    );
    expect((await ticks("bia")).get("p3")).toMatchObject({ verified: false });
  });

  it("GIVEN the CI deliverable THEN a workflow in .github/workflows verifies it", async () => {
    expect(await bot.send("/done p2 https://github.com/ana/churn", { as: "dora", at: MON })).toContain(
      "✔ Verified: github.com/ana/churn has a GitHub Actions workflow.",
    );
    expect(await bot.send("/done p2 https://github.com/bia/notas", { as: "bia", at: MON })).toContain(
      "✖ Not verified: github.com/bia/notas has no workflow in .github/workflows.",
    );
  });

  it.each([
    ["a 500", { kind: "status", status: 500 }],
    ["a rate limit", { kind: "status", status: 403 }],
  ] as const)("GIVEN GitHub answering with %s THEN ticked, unchecked, and no error", async (_, mode) => {
    github.setMode(mode);
    const as = `eva-${mode.kind}-${"status" in mode ? mode.status : 0}`;
    const reply = await bot.send("/done p1 https://github.com/ana/churn", { as, at: MON });
    expect(reply).toBe(
      "✅ Portfolio deliverable 1 done: GitHub repository with the code and its commit history. — https://github.com/ana/churn",
    );
    expect((await ticks(as)).get("p1")).toMatchObject({ verified: null, checkedAt: null });
    expect(bot.errors).toEqual([]);
  });

  it("GIVEN a link that is not GitHub's, or a week's task THEN nothing is asked of GitHub", async () => {
    const before = github.requests.length;
    await bot.send("/done p4 https://mlflow.example.com/runs/1", { as: "fabi", at: MON });
    await bot.send("/done w1.1 https://github.com/ana/churn", { as: "fabi", at: MON });
    expect(github.requests.length).toBe(before);
    expect((await ticks("fabi")).get("p4")).toMatchObject({ verified: null });
  });

  it("GIVEN /portfolio in Portuguese THEN the ticks, links and ✔ in Portuguese", async () => {
    await bot.send("/feito p1 https://github.com/ana/churn", { as: "gabi", at: MON, locale: "pt-BR" });
    await bot.send("/feito p5 https://example.com/readme", { as: "gabi", at: MON, locale: "pt-BR" });
    for (const command of ["/portfolio", "/projeto"]) {
      const shown = await bot.send(command, { as: "gabi", at: MON, locale: "pt-BR" });
      expect(shown).toContain(
        "🎯 Projeto final: Sistema de inferência MLOps para classificação de texto (end-to-end)",
      );
      expect(shown).toContain("Entregas (2/5):");
      expect(shown).toContain(
        "✅ p1. Repositório GitHub com código e histórico de commits. — https://github.com/ana/churn ✔ verificado",
      );
      expect(shown).toContain(
        "✅ p5. README com arquitetura, instruções de deploy e exemplos de uso. — https://example.com/readme\n",
      );
      expect(shown).toContain("⬜ p2. GitHub Actions configurado");
      expect(shown).toContain("Marque uma entrega com o link: /feito p2 <link>");
      expect(shown).not.toContain("/done");
    }
  });
});

describe("the GitHub client", () => {
  let github: FakeGithub;
  beforeAll(async () => {
    github = await startFakeGithub({ "ana/churn": {} });
  });
  afterAll(() => github.close());

  it("GIVEN GITHUB_TOKEN THEN it goes as the Authorization header; without it, none", async () => {
    const withToken = createGithubCheck({ apiUrl: github.url, token: "ghp_test123" });
    expect(await withToken.check({ owner: "ana", repo: "churn" }, "repo")).toEqual({ kind: "verified" });
    expect(github.requests.at(-1)?.authorization).toBe("Bearer ghp_test123");
    await createGithubCheck({ apiUrl: github.url }).check({ owner: "ana", repo: "churn" }, "repo");
    expect(github.requests.at(-1)?.authorization).toBeUndefined();
  });

  it("GIVEN a failing API THEN the warning names neither the repository nor the token", async () => {
    const failing = await startFakeGithub({ "ana/churn": {} });
    failing.setMode({ kind: "status", status: 503 });
    const warnings: unknown[] = [];
    const check = createGithubCheck({
      apiUrl: failing.url,
      token: "ghp_secret123",
      log: { warn: (details, message) => warnings.push({ details, message }) },
    });
    expect(await check.check({ owner: "ana", repo: "churn" }, "repo")).toEqual({ kind: "unreachable" });
    expect(warnings).toHaveLength(1);
    expect(JSON.stringify(warnings)).not.toMatch(/churn|ghp_secret123/);
    await failing.close();
  });

  it("GIVEN an API that does not answer THEN unreachable once the deadline passes", async () => {
    const silent = await startFakeGithub({ "ana/churn": {} });
    silent.setMode({ kind: "hang" });
    const check = createGithubCheck({ apiUrl: silent.url, timeoutMs: 200 });
    expect(await check.check({ owner: "ana", repo: "churn" }, "repo")).toEqual({ kind: "unreachable" });
    await silent.close();
  });

  it("GIVEN the API gone (server closed) THEN unreachable, not an exception", async () => {
    const gone = await startFakeGithub();
    await gone.close();
    const check = createGithubCheck({ apiUrl: gone.url, timeoutMs: 1000 });
    expect(await check.check({ owner: "ana", repo: "churn" }, "dockerfile")).toEqual({ kind: "unreachable" });
  });
});
