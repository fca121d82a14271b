// The roadmaps a member may follow: those installed with the bot, and those a group brought.
import type { Store } from "../ports.js";
import type { Result } from "../result.js";
import type { Roadmap } from "./types.js";

/** Keys of a group's own roadmaps carry the group, so two groups may bring roadmaps of the same id. */
export function groupRoadmapKey(groupId: number, roadmapId: string): string {
  return `g${groupId}:${roadmapId}`;
}

/** A group's key read back: the group and the id its admin gave; null for an installed roadmap's key. */
export function parseGroupRoadmapKey(key: string): { groupId: number; roadmapId: string } | null {
  const match = /^g(\d+):(.+)$/.exec(key);
  return match === null ? null : { groupId: Number(match[1]), roadmapId: match[2] as string };
}

export interface RoadmapCatalog {
  /** What members follow until their group chooses another. */
  readonly fallback: Roadmap;
  /** Installed with the bot, the default first. */
  installed(): readonly Roadmap[];
  /**
   * The roadmap behind a key, its `id` being the key (ticks are kept by it); the default for null, or for a
   * key no longer known (a roadmap removed from the installation). Inside a transaction, `from` is its
   * store: a group's roadmap is read there, not on a connection the transaction may be holding.
   */
  resolve(key: string | null, from?: Pick<Store, "groupRoadmap">): Promise<Roadmap>;
  /** Reads an uploaded file: the roadmap, or every problem with its path inside the file. */
  read(source: string): Result<Roadmap, string[]>;
  /** A group's roadmap was replaced: the next resolve reads it again. */
  forget(key: string): void;
}
