import { join, resolve } from "node:path";
import type { Store } from "../core/ports.js";
import { err, ok } from "../core/result.js";
import { parseGroupRoadmapKey, type RoadmapCatalog } from "../core/roadmap/catalog.js";
import type { Roadmap } from "../core/roadmap/types.js";
import {
  DEFAULT_ROADMAP_PATH,
  loadRoadmap,
  parseRoadmap,
  ROADMAP_DIR,
  RoadmapError,
  roadmapFiles,
} from "./load.js";
import { roadmapSchema } from "./schema.js";

/** How long a group's roadmap is kept in memory: another process's re-upload shows within this. */
const CACHE_MS = 30_000;

export interface CatalogOptions {
  store: Pick<Store, "groupRoadmap">;
  now?: () => number;
}

export function createCatalog(installed: readonly Roadmap[], options: CatalogOptions): RoadmapCatalog {
  const [fallback] = installed;
  if (fallback === undefined) throw new Error("a catalog needs the default roadmap");
  const byId = new Map(installed.map((r) => [r.id, r]));
  const now = options.now ?? Date.now;
  const cache = new Map<string, { roadmap: Roadmap | null; until: number }>();

  async function groupRoadmap(key: string, from: Pick<Store, "groupRoadmap">): Promise<Roadmap | null> {
    const cached = cache.get(key);
    if (cached !== undefined && cached.until > now()) return cached.roadmap;
    const stored = await from.groupRoadmap(key);
    // Kept only after validation, and validated again: a file from an older version may no longer fit.
    const parsed = stored === null ? null : roadmapSchema.safeParse(stored);
    const roadmap = parsed?.success === true ? { ...parsed.data, id: key } : null;
    cache.set(key, { roadmap, until: now() + CACHE_MS });
    return roadmap;
  }

  return {
    fallback,
    installed: () => installed,
    async resolve(key, from = options.store) {
      if (key === null) return fallback;
      const own = byId.get(key);
      if (own !== undefined) return own;
      if (parseGroupRoadmapKey(key) === null) return fallback;
      return (await groupRoadmap(key, from)) ?? fallback;
    },
    read(source) {
      try {
        return ok(parseRoadmap(source, "upload"));
      } catch (error) {
        if (error instanceof RoadmapError) return err(error.problems);
        throw error;
      }
    },
    forget: (key) => void cache.delete(key),
  };
}

/**
 * The default roadmap (`file`, else the shipped one) and every other valid roadmap in its folder; a file
 * there that does not validate is left out (`constancia roadmap list` says why), the default never is.
 */
export async function loadInstalled(
  file: string = DEFAULT_ROADMAP_PATH,
  dir: string = ROADMAP_DIR,
): Promise<Roadmap[]> {
  const main = await loadRoadmap(file);
  const others: Roadmap[] = [];
  for (const name of await roadmapFiles(dir)) {
    const path = join(dir, name);
    if (resolve(path) === resolve(file)) continue;
    try {
      const roadmap = await loadRoadmap(path);
      if (roadmap.id !== main.id && !others.some((o) => o.id === roadmap.id)) others.push(roadmap);
    } catch (error) {
      if (!(error instanceof RoadmapError)) throw error;
    }
  }
  return [main, ...others];
}
