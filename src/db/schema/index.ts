// Every table, for drizzle and drizzle-kit.
export * from "./checkins.js";
export * from "./groups.js";
export * from "./members.js";
export * from "./sends.js";
