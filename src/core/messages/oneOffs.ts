// Texts of one-off sends: a buddy's nudge by DM, a milestone posted in the group.
import type { Milestone } from "../progress/milestones.js";

export interface OneOffMessages {
  /** The DM a nudged member gets, naming who nudged and how to turn nudges off. */
  "buddy.nudge"(p: { from: string }): string;
  /** A milestone, posted in the group's summary channel. */
  "milestone.reached"(p: { name: string; milestone: Milestone }): string;
}
