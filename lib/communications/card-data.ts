import { listLivePublicConsultations, listPublishedOutcomes } from "@/lib/consultations/queries";
import { listNextEvents } from "@/lib/events/queries";
import { getLandlord } from "@/lib/landlord/queries";
import { measureName } from "@/lib/surveys/measure-labels";
import { plainFinding } from "@/lib/surveys/results-rules";
import { listPublishedRounds } from "@/lib/surveys/queries";
import { getRoundResults } from "@/lib/surveys/round-results";
import { buildCards, CARD_ITEMS, chosenKinds, frozenCards, type CardKind, type CardSources } from "./cards";

/** The latest published survey's headline findings (tenants overall), as the public results page reports them. */
const latestSurvey = async (): Promise<CardSources["survey"]> => {
  const { regime } = await getLandlord();
  const [round] = await listPublishedRounds(regime, 1);
  if (!round) return null;
  const results = await getRoundResults(round.id, regime);
  return {
    year: round.year,
    measures: Object.entries(results.measures).map(([code, byGroup]) => ({
      name: measureName(code),
      finding: plainFinding(code, byGroup.all),
    })),
  };
};

const SOURCES: { [K in CardKind]: (now: Date) => Promise<CardSources[K]> } = {
  consultations: (now) => listLivePublicConsultations(now),
  events: (now) => listNextEvents(now, CARD_ITEMS),
  outcomes: async () => (await listPublishedOutcomes(1)).rows,
  survey: () => latestSurvey(),
};

/** The chosen cards filled from the portal as it is now: for a draft's preview, and frozen into it at send. */
export const fillCards = async (kinds: readonly CardKind[], now = new Date()) => {
  const sources = Object.fromEntries(
    await Promise.all(kinds.map(async (kind) => [kind, await SOURCES[kind](now)] as const)),
  ) as Partial<CardSources>;
  return buildCards(kinds, sources);
};

/** A newsletter's cards wherever it is read: a draft's filled as the portal stands now, a sent one's as they went. */
export const cardsOf = (communication: { status: string; cards: unknown }) =>
  communication.status === "SENT"
    ? Promise.resolve(frozenCards(communication.cards))
    : fillCards(chosenKinds(communication.cards));
