// A card as Discord's Components V2: one container with its title, sections between separators, and its image.
import {
  ContainerBuilder,
  MediaGalleryBuilder,
  MediaGalleryItemBuilder,
  SeparatorBuilder,
  SeparatorSpacingSize,
  TextDisplayBuilder,
} from "discord.js";
import type { Card } from "../../core/card.js";
import { clipText } from "../clipText.js";

/** Discord takes at most 4000 characters in all the text displays of one message. */
export const MAX_CARD_TEXT = 4000;
/** And at most 1024 in a media gallery item's description (its alt text). */
const MAX_ITEM_DESCRIPTION = 1024;

/** The picture shown in the card: an attachment of the same message, named by its file name. */
export interface CardImage {
  filename: string;
  alt: string;
}

/**
 * The card's container; `format` turns each text into what Discord shows (mentions, escaping). Null when its
 * text is past what one V2 message holds: the reply goes as plain messages instead.
 */
export function cardContainer(
  card: Card,
  format: (text: string) => string,
  image?: CardImage,
): ContainerBuilder | null {
  const title = `### ${format(card.title)}`;
  const sections = card.sections.map(format);
  const length = [title, ...sections].reduce((sum, text) => sum + text.length, 0);
  if (length > MAX_CARD_TEXT) return null;
  const container = new ContainerBuilder().addTextDisplayComponents(
    new TextDisplayBuilder().setContent(title),
  );
  for (const section of sections) {
    container
      .addSeparatorComponents(new SeparatorBuilder().setDivider(true).setSpacing(SeparatorSpacingSize.Small))
      .addTextDisplayComponents(new TextDisplayBuilder().setContent(section));
  }
  if (image !== undefined) {
    container.addMediaGalleryComponents(
      new MediaGalleryBuilder().addItems(
        new MediaGalleryItemBuilder()
          .setURL(`attachment://${image.filename}`)
          .setDescription(clipText(image.alt, MAX_ITEM_DESCRIPTION)),
      ),
    );
  }
  return container;
}
