import { z } from "zod";
import { formatDate, formatDateTime } from "@/lib/format";

/**
 * Cards filled from the portal itself: what is open, coming, done and found, chosen by kind on a draft and filled
 * from live data when it is previewed. At send the filled cards are written into the newsletter, so the email,
 * the letter and the archive all show what was true when it went, whatever changes afterwards.
 */
export const CARD_KINDS = ["consultations", "events", "outcomes", "survey"] as const;
export type CardKind = (typeof CARD_KINDS)[number];

/** What the officer ticks, and each card's heading wherever it is shown. */
export const CARD_LABEL: Record<CardKind, { choice: string; heading: string }> = {
  consultations: { choice: "Open consultations", heading: "Have your say" },
  events: { choice: "Coming events", heading: "Coming events" },
  outcomes: { choice: 'Recent "You said, We did"', heading: "You said, We did" },
  survey: { choice: "Survey headline figures", heading: "What tenants told us" },
};

/** At most this many items on a card: a newsletter points to the portal, it does not copy it. */
export const CARD_ITEMS = 3;

const ZCardItem = z.object({
  title: z.string().max(300),
  detail: z.string().max(1000),
  /** The portal page it links to, from the site's root ("/events/abc"). */
  path: z.string().startsWith("/").max(300),
});
export type CardItem = z.infer<typeof ZCardItem>;

const ZCard = z.object({ kind: z.enum(CARD_KINDS), heading: z.string(), items: z.array(ZCardItem) });
export type Card = z.infer<typeof ZCard>;

/** A draft stores the chosen kinds; a sent newsletter stores its cards as filled at send. */
const ZStoredCard = z.union([ZCard, z.object({ kind: z.enum(CARD_KINDS) })]);
const ZStoredCards = z.array(ZStoredCard);

export const chosenKinds = (stored: unknown): CardKind[] => ZStoredCards.parse(stored).map((card) => card.kind);

/** The cards as they were sent; a draft's bare choices have no items yet and are left out. */
export const frozenCards = (stored: unknown): Card[] =>
  ZStoredCards.parse(stored).filter((card): card is Card => "items" in card);

/** A card with its items, or nothing when there is nothing to show (no open consultation today, say). */
const card = (kind: CardKind, items: CardItem[]): Card[] =>
  items.length ? [{ kind, heading: CARD_LABEL[kind].heading, items: items.slice(0, CARD_ITEMS) }] : [];

const shorten = (text: string, max = 200) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** What the portal holds for each kind, as its own queries return it. */
export type CardSources = {
  consultations: { id: string; title: string; closesAt: Date; effectiveStatus: string }[];
  events: { id: string; title: string; startsAt: Date; venue: string | null }[];
  outcomes: { id: string; title: string; outcome: string | null }[];
  survey: { year: number; measures: { name: string; finding: string | null }[] } | null;
};

const itemsOf: { [K in CardKind]: (source: CardSources[K]) => CardItem[] } = {
  // The public hub also lists consultations opening soon: a card asks people to answer, so only open ones.
  consultations: (rows) =>
    rows
      .filter((row) => row.effectiveStatus === "OPEN")
      .map((row) => ({
        title: row.title,
        detail: `Open until ${formatDate(row.closesAt)}`,
        path: `/consultations/${row.id}`,
      })),
  events: (rows) =>
    rows.map((row) => ({
      title: row.title,
      detail: [formatDateTime(row.startsAt), row.venue].filter(Boolean).join(", "),
      path: `/events/${row.id}`,
    })),
  outcomes: (rows) =>
    rows.map((row) => ({
      title: row.title,
      detail: `We did: ${shorten(row.outcome ?? "")}`,
      path: `/consultations/${row.id}`,
    })),
  survey: (round) =>
    (round?.measures ?? []).flatMap((measure) =>
      measure.finding ? [{ title: measure.name, detail: measure.finding, path: "/survey-results" }] : [],
    ),
};

/** The chosen cards, in the order they are offered, each filled from its source. */
export const buildCards = (kinds: readonly CardKind[], sources: Partial<CardSources>): Card[] =>
  CARD_KINDS.filter((kind) => kinds.includes(kind)).flatMap((kind) => {
    const source = sources[kind];
    return source === undefined ? [] : card(kind, itemsOf[kind](source as never));
  });

/** A card's items as plain lines, each with its full address, for the letter and plain-text copies. */
export const cardItemsText = (items: readonly CardItem[], appUrl: string) =>
  items.map((item) => `${item.title}: ${item.detail}\n${appUrl}${item.path}`).join("\n\n");

export const CARD_OPTIONS = CARD_KINDS.map((kind) => ({ value: kind, label: CARD_LABEL[kind].choice }));

/** What the officer is told beside the boxes: where cards go, and where they do not. */
export const CARD_HINT =
  `Up to ${CARD_ITEMS} items each, filled from the portal when you preview and kept as they were when you send. ` +
  "They go in the email, the letter and the archive; the text message's link leads to them.";
