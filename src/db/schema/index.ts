// Every table, for drizzle and drizzle-kit.
export * from "./checkinDays.js";
export * from "./checkins.js";
export * from "./commandRegistrations.js";
export * from "./groups.js";
export * from "./linkCodes.js";
export * from "./members.js";
export * from "./mock.js";
export * from "./oneOffSends.js";
export * from "./processedEvents.js";
export * from "./sends.js";
export * from "./squads.js";
export * from "./taskTicks.js";
