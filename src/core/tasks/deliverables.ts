// The portfolio's deliverables as a member stands with them: ticked or not, their links, verified or not.
import type { TaskTick } from "../ports.js";
import type { LocalizedText, Roadmap } from "../roadmap/types.js";
import { deliverableIdOf } from "./taskIds.js";

export interface DeliverableState {
  /** 1-based: p1 is number 1. */
  number: number;
  text: LocalizedText;
  done: boolean;
  link: string | null;
  /** null: not checked (no GitHub link, or GitHub did not answer). */
  verified: boolean | null;
}

export function deliverableStates(
  roadmap: Roadmap,
  ticks: ReadonlyMap<string, TaskTick>,
): DeliverableState[] {
  return roadmap.project.deliverables.map((text, i) => {
    const tick = ticks.get(deliverableIdOf(i));
    return {
      number: i + 1,
      text,
      done: tick !== undefined,
      link: tick?.evidence ?? null,
      verified: tick?.verified ?? null,
    };
  });
}

/** The first deliverable not ticked yet; null when all are. */
export function nextDeliverable(
  roadmap: Roadmap,
  done: ReadonlySet<string>,
): { number: number; text: LocalizedText } | null {
  const index = roadmap.project.deliverables.findIndex((_, i) => !done.has(deliverableIdOf(i)));
  const text = roadmap.project.deliverables[index];
  return text === undefined ? null : { number: index + 1, text };
}
