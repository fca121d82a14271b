// The bot end to end over long polling: real grammY client, fake Bot API server, real database.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { groupMembers, groups } from "../../../src/db/schema/index.js";
import { BOT, type Call } from "../../fakes/telegramServer.js";
import { testDatabases } from "../../support/databases.js";
import { ANA, GROUP, JOAO, privateChat, startRig, type TelegramRig, TOKEN } from "./support.js";

/** The URL button under a sent message, if any. */
function linkOf(call: Call): { text: string; url?: string } | undefined {
  const markup = call.params.reply_markup as
    | { inline_keyboard?: Array<Array<{ text: string; url?: string }>> }
    | undefined;
  return markup?.inline_keyboard?.[0]?.[0];
}

describe.each(testDatabases)("Telegram over long polling on $name", (database) => {
  let rig: TelegramRig;
  beforeAll(async () => {
    rig = await startRig(database);
  });
  afterAll(() => rig.close());

  it("GIVEN the bot starts THEN it polls through TELEGRAM_API_URL with its token, after clearing any webhook", async () => {
    await rig.fake.waitFor((call) => call.method === "getUpdates");
    const methods = rig.fake.calls.map((call) => call.method);
    expect(methods[0]).toBe("getMe");
    expect(methods.indexOf("deleteWebhook")).toBeLessThan(methods.indexOf("getUpdates"));
    expect(rig.fake.calls.every((call) => call.token === TOKEN)).toBe(true);
    expect(rig.adapter.connected()).toBe(true);
    expect(rig.adapter.botUsername()).toBe(BOT.username);
    const poll = rig.fake.calls.find((call) => call.method === "getUpdates");
    expect(poll?.params.allowed_updates).toEqual(["message", "callback_query", "my_chat_member"]);
  });

  it("GIVEN the bot starts THEN the command menus are set in English and Portuguese, for private chats and groups", () => {
    const menus = rig.fake.calls.filter((call) => call.method === "setMyCommands");
    const menu = (language: string, scope: string) => {
      const call = menus.find(
        (c) => c.params.language_code === language && (c.params.scope as { type: string }).type === scope,
      );
      return call?.params.commands as Array<{ command: string; description: string }>;
    };
    expect(menu("en", "all_private_chats")).toContainEqual({
      command: "checkin",
      description: "Log study time: /checkin 2h, /checkin 1h30 pandas",
    });
    expect(menu("pt", "all_private_chats")).toContainEqual({
      command: "checkin",
      description: "Registrar estudo: /checkin 2h, /checkin 1h30 pandas",
    });
    expect(menu("en", "all_group_chats")).toContainEqual({
      command: "join",
      description: "Join this group's study group",
    });
    // Portuguese menus show the Portuguese names that every reply uses.
    expect(menu("pt", "all_group_chats")).toContainEqual({
      command: "entrar",
      description: "Entrar no grupo de estudos deste grupo",
    });
    const names = (language: string, scope: string) => menu(language, scope).map((c) => c.command);
    expect(names("en", "all_private_chats")).toEqual(
      expect.arrayContaining(["start", "undo", "timezone", "remind", "pause"]),
    );
    expect(names("pt", "all_group_chats")).toEqual(expect.arrayContaining(["entrar", "placar"]));
    // /setup only in the administrators' menu: members never see a command they cannot run.
    expect(names("pt", "all_group_chats")).not.toContain("configurar");
    expect(names("en", "all_group_chats")).not.toContain("setup");
    expect(names("pt", "all_chat_administrators")).toEqual(
      expect.arrayContaining(["entrar", "placar", "configurar"]),
    );
    expect(names("en", "all_chat_administrators")).toContain("setup");
    expect(names("pt", "all_private_chats")).toEqual(expect.arrayContaining(["start", "desfazer", "fuso"]));
    // Telegram accepts only lowercase letters, digits and underscores in a command's name.
    for (const scope of ["all_private_chats", "all_group_chats", "all_chat_administrators"]) {
      for (const language of ["en", "pt"])
        for (const name of names(language, scope)) expect(name).toMatch(/^[a-z0-9_]{1,32}$/);
    }
    expect(names("en", "all_private_chats")).not.toContain("join");
    expect(names("en", "all_group_chats")).not.toContain("undo");
    // Without a language: the default language, for clients in any other.
    expect(menus.some((c) => c.params.language_code === undefined)).toBe(true);
  });

  it("GIVEN /start and /checkin 3h in a private chat THEN the replies, and the check-in row under the update's event id", async () => {
    const chat = privateChat(ANA);
    const welcome = await rig.say(ANA, chat, "/start");
    expect(welcome.text).toContain("👋 Welcome, Ana! Your roadmap day 1 is Sat 28 Nov.");
    expect(welcome.call.params.reply_parameters).toBeUndefined();

    const logged = await rig.say(ANA, chat, "/checkin 3h estudei pandas");
    expect(logged.text).toContain("✅ Logged 3h — estudei pandas.");
    // Day 1 on a Saturday: the weekend's share of the 20h goal.
    expect(logged.text).toContain("This week: 3h of 5h45");
    expect(await rig.checkinsOf(`${chat.id}:${logged.updateId}`)).toEqual([
      { minutes: 180, note: "estudei pandas" },
    ]);
  });

  it("GIVEN a Portuguese Telegram client THEN replies in Brazilian Portuguese, until /language says otherwise", async () => {
    const chat = privateChat(JOAO);
    expect((await rig.say(JOAO, chat, "/checkin 1h30")).text).toContain("✅ Registrei 1h30.");
    expect((await rig.say(JOAO, chat, "/language en")).text).toBe("Language set to English.");
    expect((await rig.say(JOAO, chat, "/progresso")).text).toContain("This week: 1h30 of 20h");
  });

  it("GIVEN bad input THEN a reply with an example, and nothing recorded", async () => {
    const chat = privateChat(ANA);
    const bad = await rig.say(ANA, chat, "/checkin lots");
    expect(bad.text).toContain("I couldn't read “lots” as a duration. Try: /checkin 3h");
    expect(await rig.checkinsOf(`${chat.id}:${bad.updateId}`)).toEqual([]);
    expect((await rig.say(ANA, chat, "/checkin 13h")).text).toContain("more than 12h in one check-in");
    expect((await rig.say(ANA, chat, "/nonsense")).text).toContain("I don't know /nonsense");
    expect((await rig.say(ANA, chat, "just chatting")).text).toBe(
      "Commands start with a slash — try /checkin 2h or /help.",
    );
  });

  it("GIVEN the same update delivered twice THEN it is counted once", async () => {
    const chat = privateChat(ANA);
    const update = rig.fake.textUpdate(ANA, chat, "/checkin 2h45");
    expect((await rig.deliver(update, chat.id)).text).toContain("✅ Logged 2h45.");
    expect((await rig.deliver(update, chat.id)).text).toBe("That check-in was already counted.");
    expect(await rig.checkinsOf(`${chat.id}:${update.update_id}`)).toEqual([{ minutes: 165, note: null }]);
  });

  it("GIVEN /checkin@bot in a group THEN it counts, answered in the group as a reply to the command", async () => {
    const reply = await rig.say(ANA, GROUP, `/checkin@${BOT.username} 2h docker`);
    expect(reply.text).toContain("✅ Logged 2h — docker.");
    expect(reply.call.params.reply_parameters).toMatchObject({ allow_sending_without_reply: true });
    expect(await rig.checkinsOf(`${GROUP.id}:${reply.updateId}`)).toEqual([{ minutes: 120, note: "docker" }]);
  });

  it("GIVEN a command for another bot, one we do not know, chatter, and an edited command in a group THEN none is answered or run", async () => {
    const other = rig.fake.textUpdate(ANA, GROUP, "/checkin@OtherBot 5h");
    const othersCommand = rig.fake.textUpdate(ANA, GROUP, "/weather");
    const chatter = rig.fake.textUpdate(ANA, GROUP, "bom dia, pessoal");
    const edited = rig.fake.textUpdate(ANA, GROUP, "/checkin 4h");
    const { message } = edited;
    const toGroup = () =>
      rig.fake.calls.filter(
        (call) => call.method === "sendMessage" && Number(call.params.chat_id) === GROUP.id,
      );
    const before = toGroup().length;
    rig.fake.push(other);
    rig.fake.push(othersCommand);
    rig.fake.push(chatter);
    rig.fake.push({ update_id: edited.update_id, edited_message: { ...(message as object), edit_date: 1 } });
    // One chat's updates are handled in order: the answer to the next command comes after all three.
    const next = await rig.say(ANA, GROUP, "/help");
    expect(next.text).toContain("Constância keeps your study group consistent");
    expect(
      toGroup()
        .slice(before)
        .map((call) => call.params.text),
    ).toEqual([next.text]);
    expect(await rig.checkinsOf(`${GROUP.id}:${other.update_id}`)).toEqual([]);
    expect(await rig.checkinsOf(`${GROUP.id}:${edited.update_id}`)).toEqual([]);
  });

  it("GIVEN an unknown command addressed to the bot in a group THEN it says so and points to /help", async () => {
    const reply = await rig.say(ANA, GROUP, `/weather@${BOT.username}`);
    expect(reply.text).toBe("I don't know /weather. Send /help to see what I can do.");
  });

  it("GIVEN /join in a group THEN the sender is in the group's study group", async () => {
    const reply = await rig.say(JOAO, GROUP, "/join");
    expect(reply.text).toContain("you're in the study group of MLOps turma 1");
    const rows = await rig.handle.db
      .select({ title: groups.title })
      .from(groupMembers)
      .innerJoin(groups, eq(groups.id, groupMembers.groupId))
      .where(eq(groups.chatId, String(GROUP.id)));
    expect(rows.length).toBeGreaterThanOrEqual(1);
    expect(rows[0]?.title).toBe("MLOps turma 1");
  });

  it("GIVEN /mock or /progress in a group THEN a deep link to the private chat, as a button, which runs the command there", async () => {
    const mock = await rig.say(ANA, GROUP, "/mock");
    expect(linkOf(mock.call)).toEqual({
      text: "💬 Open our private chat",
      url: `https://t.me/${BOT.username}?start=mock`,
    });
    expect(mock.text).not.toContain("https://");
    expect(mock.text).toMatch(/👇$/);
    const progress = await rig.say(ANA, GROUP, "/progress");
    expect(linkOf(progress.call)?.url).toBe(`https://t.me/${BOT.username}?start=progress`);
    expect(progress.text).not.toContain("📊");

    const followed = await rig.say(ANA, privateChat(ANA), "/start progress");
    expect(followed.text).toContain("📊 Week of Mon 23 Nov to Sun 29 Nov");
  });

  it("GIVEN a personal setting such as /timezone or /undo in a group THEN a link to the private chat, not an answer for all", async () => {
    const timezone = await rig.say(ANA, GROUP, "/timezone Lisboa");
    expect(linkOf(timezone.call)?.url).toBe(`https://t.me/${BOT.username}?start=timezone`);
    expect(timezone.text).not.toContain("Lisbon");
    const undo = await rig.say(ANA, GROUP, "/undo");
    expect(linkOf(undo.call)?.url).toBe(`https://t.me/${BOT.username}?start=undo`);
    // The link runs it in the private chat.
    const followed = await rig.say(ANA, privateChat(ANA), "/start timezone");
    expect(followed.text).toContain("Your timezone is");
  });

  it("GIVEN a newcomer opening a link THEN welcomed with day 1 set, then the linked command; an unknown payload is a plain start", async () => {
    const nova = { id: 1050, first_name: "Nova", language_code: "pt-br" };
    const followed = await rig.say(nova, privateChat(nova), "/start progress");
    expect(followed.text).toMatch(/^👋 .*Nova/);
    expect(followed.text).toContain("📊 Semana de");
    // Day 1 is set: a second link runs the command alone.
    const again = await rig.say(nova, privateChat(nova), "/start progress");
    expect(again.text).toMatch(/^📊 Semana de/);

    const rui = { id: 1051, first_name: "Rui", language_code: "en" };
    const tagged = await rig.say(rui, privateChat(rui), "/start turma3");
    expect(tagged.text).toMatch(/^👋 Welcome, Rui!/);
    expect(tagged.text).not.toContain("turma3");
  });

  it("GIVEN /export in a private chat THEN the data arrives as a JSON document; in a group, only a link", async () => {
    const link = await rig.say(ANA, GROUP, "/export");
    expect(linkOf(link.call)?.url).toBe(`https://t.me/${BOT.username}?start=export`);
    expect(rig.fake.calls.map((call) => call.method)).not.toContain("sendDocument");

    rig.fake.push(rig.fake.textUpdate(ANA, privateChat(ANA), "/start export"));
    const [document] = await rig.fake.waitFor(
      (call) => call.method === "sendDocument" && Number(call.params.chat_id) === ANA.id,
    );
    const file = document?.files.document;
    expect(file?.filename).toMatch(/^constancia-export-.*\.json$/);
    const data = JSON.parse(Buffer.from(file?.bytes ?? new Uint8Array()).toString()) as {
      checkins: unknown[];
    };
    expect(data.checkins.length).toBeGreaterThanOrEqual(3);
    expect(String(document?.params.caption)).toContain("check-in");
  });

  it("GIVEN all of the above THEN no command failed inside the core", () => {
    expect(rig.errors).toEqual([]);
  });
});
