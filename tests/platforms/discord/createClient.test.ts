// The client keeps memory flat: one unprivileged intent, tiny caches, sweepers on.
import { GatewayIntentBits } from "discord.js";
import { describe, expect, it } from "vitest";
import { createClient } from "../../../src/platforms/discord/createClient.js";

describe("createClient", () => {
  it("GIVEN an API URL THEN REST uses it, with the Guilds intent only and swept caches", async () => {
    const client = createClient({ apiUrl: "http://127.0.0.1:9/api" });
    try {
      expect(client.rest.options.api).toBe("http://127.0.0.1:9/api");
      expect(client.options.intents.bitfield).toBe(GatewayIntentBits.Guilds);
      expect(client.options.sweepers?.users?.interval).toBe(3_600);
    } finally {
      await client.destroy();
    }
  });
});
