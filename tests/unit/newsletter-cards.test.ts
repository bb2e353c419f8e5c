import { describe, expect, it } from "vitest";
import { buildCards, CARD_ITEMS, cardItemsText, chosenKinds, frozenCards } from "@/lib/communications/cards";

const at = (iso: string) => new Date(iso);

describe("cards filled from the portal", () => {
  it("shows open consultations only, at most three, each linking to its page", () => {
    const rows = ["OPEN", "SCHEDULED", "OPEN", "OPEN", "OPEN"].map((effectiveStatus, n) => ({
      id: `c${n}`,
      title: `Consultation ${n}`,
      closesAt: at("2026-06-30T12:00:00Z"),
      effectiveStatus,
    }));
    const [card] = buildCards(["consultations"], { consultations: rows });
    expect(card?.heading).toBe("Have your say");
    expect(card?.items).toHaveLength(CARD_ITEMS);
    expect(card?.items.map((item) => item.path)).toEqual([
      "/consultations/c0",
      "/consultations/c2",
      "/consultations/c3",
    ]);
    expect(card?.items[0]?.detail).toMatch(/^Open until .*2026/);
  });

  it("keeps the order offered whatever order they were ticked, and leaves out a card with nothing in it", () => {
    const cards = buildCards(["outcomes", "events", "consultations"], {
      consultations: [],
      events: [{ id: "e1", title: "Garden day", startsAt: at("2026-05-02T10:00:00Z"), venue: "Community hall" }],
      outcomes: [{ id: "c9", title: "Bins", outcome: "We did: ".repeat(40) }],
    });
    expect(cards.map((card) => card.kind)).toEqual(["events", "outcomes"]);
    expect(cards[0]?.items[0]?.detail).toMatch(/, Community hall$/);
    expect(cards[1]?.items[0]?.detail.length).toBeLessThanOrEqual("We did: ".length + 200);
  });

  it("turns survey results into headline findings, skipping measures nobody answered", () => {
    const [card] = buildCards(["survey"], {
      survey: {
        year: 2025,
        measures: [
          { name: "Overall satisfaction", finding: "72 in every 100 tenants who answered were satisfied" },
          { name: "Repairs", finding: null },
        ],
      },
    });
    expect(card?.items).toEqual([
      {
        title: "Overall satisfaction",
        detail: "72 in every 100 tenants who answered were satisfied",
        path: "/survey-results",
      },
    ]);
    expect(buildCards(["survey"], { survey: null })).toEqual([]);
  });

  it("reads a draft's choices and a sent newsletter's frozen cards from the same column", () => {
    const frozen = buildCards(["events"], {
      events: [{ id: "e1", title: "Garden day", startsAt: at("2026-05-02T10:00:00Z"), venue: null }],
    });
    expect(chosenKinds([{ kind: "survey" }, { kind: "events" }])).toEqual(["survey", "events"]);
    expect(frozenCards([{ kind: "survey" }])).toEqual([]);
    expect(frozenCards(frozen)).toEqual(frozen);
    expect(chosenKinds(frozen)).toEqual(["events"]);
    expect(() => chosenKinds([{ kind: "weather" }])).toThrow();
  });

  it("writes each item with its full address for the letter and plain-text copies", () => {
    expect(
      cardItemsText([{ title: "Bins", detail: "We did: more bins", path: "/consultations/c9" }], "https://x.test"),
    ).toBe("Bins: We did: more bins\nhttps://x.test/consultations/c9");
  });
});
