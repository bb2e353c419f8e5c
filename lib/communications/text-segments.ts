// The GSM 03.38 alphabet phones send texts in; any other character makes the whole message Unicode (UCS-2).
const GSM_BASIC =
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
/** These take two characters' room: an escape and the character. */
const GSM_EXTENDED = "^{}\\[~]|€\f";

export const MAX_TEXT_SEGMENTS = 2;

/**
 * How many text messages `text` is sent as. One message holds 160 GSM characters (70 if any character is outside
 * that alphabet); a longer text is split into parts of 153 (67), each carrying a joining header.
 */
export const textSegments = (text: string) => {
  const chars = [...text];
  const gsm = chars.every((c) => GSM_BASIC.includes(c) || GSM_EXTENDED.includes(c));
  const length = gsm ? chars.reduce((sum, c) => sum + (GSM_EXTENDED.includes(c) ? 2 : 1), 0) : text.length; // UCS-2: an emoji takes two units
  const [single, part] = gsm ? [160, 153] : [70, 67];
  const segments = length === 0 ? 0 : length <= single ? 1 : Math.ceil(length / part);
  return { length, segments, unicode: !gsm, perSegment: segments > 1 ? part : single };
};
