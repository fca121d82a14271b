// The bot laid out as the Docker image runs it: src compiled to JavaScript in dist/ next to bin/,
// migrations/ and roadmap/, so the measured process carries no TypeScript loader (tsx alone adds about
// 40 MB of resident memory). The scripts of bench/memory/child are compiled alongside, into bench/.
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface CompiledApp {
  dir: string;
  /** bin/constancia.mjs, which runs dist/cli.js when it exists. */
  entry: string;
  /** A compiled script of bench/memory/child, by its name without extension. */
  script(name: string): string;
  remove(): Promise<void>;
}

/** What tsc -p tsconfig.build.json emits for the file, without the type check (a second faster). */
async function transpile(from: string, to: string): Promise<void> {
  const source = await readFile(from, "utf8");
  const { outputText } = ts.transpileModule(source, {
    fileName: from,
    compilerOptions: {
      module: ts.ModuleKind.ES2022,
      target: ts.ScriptTarget.ES2022,
      verbatimModuleSyntax: true,
      esModuleInterop: true,
    },
  });
  await mkdir(dirname(to), { recursive: true });
  await writeFile(to, outputText);
}

async function compileTree(from: string, to: string): Promise<void> {
  const files = await readdir(from, { recursive: true, withFileTypes: true });
  await Promise.all(
    files
      .filter((entry) => entry.isFile())
      .map(async (entry) => {
        const source = join(entry.parentPath, entry.name);
        const target = join(to, source.slice(from.length));
        if (entry.name.endsWith(".ts")) return transpile(source, target.replace(/\.ts$/, ".js"));
        await mkdir(dirname(target), { recursive: true });
        await copyFile(source, target);
      }),
  );
}

export async function compileApp(): Promise<CompiledApp> {
  const dir = await mkdtemp(join(tmpdir(), "constancia-bench-app-"));
  await compileTree(join(ROOT, "src"), join(dir, "dist"));
  await compileTree(join(ROOT, "bench", "memory", "child"), join(dir, "bench"));
  await mkdir(join(dir, "bin"));
  // Copied, not linked: bin/constancia.mjs finds dist/ next to where it lies.
  await copyFile(join(ROOT, "bin", "constancia.mjs"), join(dir, "bin", "constancia.mjs"));
  await copyFile(join(ROOT, "package.json"), join(dir, "package.json"));
  for (const shared of ["node_modules", "migrations", "roadmap"]) {
    await symlink(join(ROOT, shared), join(dir, shared), "dir");
  }
  return {
    dir,
    entry: join(dir, "bin", "constancia.mjs"),
    script: (name) => join(dir, "bench", `${name}.js`),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
