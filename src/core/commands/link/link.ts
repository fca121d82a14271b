// /link: a one-time code on one platform, sent back on another, makes the two accounts one member.
import { pointersAfterChange } from "../../nudges/reschedule.js";
import { argText, defineCommand } from "../spec.js";
import { type LinkRequest, parseLinkCode, shownCode } from "./parseLinkCode.js";
import { LINK_CODE_MINUTES, type LinkReplies, names, replies, texts } from "./texts.js";

export const link = defineCommand<LinkRequest, LinkReplies>({
  ...names,
  options: [{ name: "code", kind: "text", maxLength: 20 }],
  where: "any",
  visibility: "private",
  menus: ["private"],
  changesData: true,
  texts,
  replies,
  parse: (args) => parseLinkCode(argText(args, "code")),
  async run({ deps, member, message, now, replies: say }, request) {
    if (request.kind === "issue") {
      const expiresAt = new Date(now.getTime() + LINK_CODE_MINUTES * 60_000);
      const code = await deps.store.issueLinkCode(member.id, message.platform, expiresAt);
      return { text: say.code({ code: shownCode(code), platform: message.platform }) };
    }
    const account = { platform: message.platform, platformUserId: message.user.id };
    const outcome = await deps.store.redeemLinkCode(account, request.code, now);
    switch (outcome.kind) {
      case "linked": {
        // Day 1 may have come from the other account: the nudges follow the merged member.
        const pointers = pointersAfterChange(outcome.member, now);
        await deps.store.updateMember(outcome.member.id, { pointers });
        return {
          text: say.linked({ platforms: outcome.platforms, keptOwnSettings: outcome.keptOwnSettings }),
        };
      }
      case "alreadyLinked":
        return { text: say.alreadyLinked({}) };
      case "samePlatform":
        return { text: say.samePlatform({ platform: outcome.platform }) };
      case "unknownCode":
        return { text: say.unknownCode({}) };
    }
  },
});
