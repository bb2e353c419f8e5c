// WCAG 2.2 relative luminance and contrast ratio (success criterion 1.4.3), for the brand colour behind white text.
const channel = (value: number) => {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((start) => channel(parseInt(hex.slice(start, start + 2), 16))) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

export const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

/** The contrast ratio of two "#rrggbb" colours, from 1 (none) to 21 (black on white). */
export const contrastRatio = (first: string, second: string) => {
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};

/** Normal-size text needs 4.5:1 at level AA; the header band's text is white. */
export const MINIMUM_CONTRAST = 4.5;

export const passesWithWhiteText = (hex: string) =>
  HEX_COLOUR.test(hex) && contrastRatio(hex, "#ffffff") >= MINIMUM_CONTRAST;

/**
 * A logo address must be a file on this site ("/images/logo.png"): the portal loads nothing from the internet, and
 * "//host" or "/\host" would be read by browsers as another site.
 */
export const isSameSitePath = (path: string) => /^\/(?![/\\])/.test(path) && !/[\\:\s]/.test(path);

/** Image types a browser shows safely as a logo; SVG is left out because an uploaded one could carry script. */
export const LOGO_TYPES = ["image/png", "image/jpeg", "image/gif", "image/webp"] as const;

export const MAX_LOGO_BYTES = 500_000;
