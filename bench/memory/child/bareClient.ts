// The memory benchmark's baseline: a bare discord.js client, default caches, the same intent as the bot,
// connected to the same fake Discord. Says "ready", then "interactions <n>" once it has seen them all.
import { Client, Events, GatewayIntentBits } from "discord.js";

const { DISCORD_API_URL, DISCORD_TOKEN, EXPECTED_INTERACTIONS } = process.env;
const expected = Number(EXPECTED_INTERACTIONS);

const client = new Client({
  intents: [GatewayIntentBits.Guilds],
  ...(DISCORD_API_URL ? { rest: { api: DISCORD_API_URL } } : {}),
});
let seen = 0;
client.on(Events.InteractionCreate, () => {
  seen += 1;
  if (seen === expected) process.stdout.write(`interactions ${seen}\n`);
});
client.once(Events.ClientReady, () => process.stdout.write("ready\n"));
process.once("SIGTERM", () => {
  void client.destroy().then(() => process.exit(0));
});
await client.login(DISCORD_TOKEN);
