import type { Db, Tx } from "@/lib/db";
import { splitEqualityAnswerKey } from "@/lib/reach/rules";
import { chooseChannel, type SendChannel } from "./choose-channel";
import type { Audience } from "./schemas";

export type Recipient = {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  preferredChannel: "EMAIL" | "SMS" | "PHONE" | "LETTER" | null;
  consents: string[];
  address: string | null;
  largePrint: boolean;
};

const anyOf = (ids: string[]) => (ids.length > 0 ? ids : ["-"]);

/** Equality answers as parallel lists of question keys and answers, to match as pairs in SQL. */
const answerPairs = (keys: string[]) => {
  const pairs = keys.map(splitEqualityAnswerKey).filter((pair) => pair !== null);
  return { questionKeys: pairs.map((pair) => pair.questionKey), answers: pairs.map((pair) => pair.answer) };
};

/** Current customers in the audience, each once, with what is needed to choose how to reach them. */
export const audienceRecipients = (tx: Tx | Db, audience: Audience) => {
  const { questionKeys, answers } = answerPairs(audience.equalityAnswers);
  return tx.$queryRaw<Recipient[]>`
    SELECT c."id", c."firstName", c."lastName", c."email", c."phone", c."preferredChannel"::text AS "preferredChannel",
      ARRAY(SELECT k."channel"::text FROM "ContactConsent" k WHERE k."customerId" = c."id") AS "consents",
      CASE WHEN h."id" IS NULL THEN NULL ELSE concat_ws(E'\\n', c."firstName" || ' ' || c."lastName", h."addressLine1",
        NULLIF(h."addressLine2", ''), h."town", h."postcode") END AS "address",
      EXISTS (SELECT 1 FROM "SupportNeed" s WHERE s."customerId" = c."id" AND s."kind" = 'LARGE_PRINT') AS "largePrint"
    FROM "Customer" c LEFT JOIN "Home" h ON h."id" = c."homeId"
    WHERE c."anonymisedAt" IS NULL AND c."status" = 'ACTIVE' AND (
      ${audience.everyone}
      OR h."areaId" = ANY(${anyOf(audience.areaIds)}::text[])
      OR c."kind"::text = ANY(${anyOf(audience.kinds)}::text[])
      OR EXISTS (SELECT 1 FROM "GroupMembership" m WHERE m."customerId" = c."id" AND m."endedOn" IS NULL
        AND m."groupId" = ANY(${anyOf(audience.groupIds)}::text[]))
      OR EXISTS (SELECT 1 FROM "SupportNeed" s WHERE s."customerId" = c."id"
        AND s."kind"::text = ANY(${anyOf(audience.supportNeeds)}::text[]))
      OR EXISTS (SELECT 1 FROM "EqualityAnswer" a JOIN "EqualityQuestion" q ON q."id" = a."questionId"
        WHERE a."customerId" = c."id"
        AND (q."key", a."answer") IN (SELECT * FROM unnest(${anyOf(questionKeys)}::text[], ${anyOf(answers)}::text[]))))
    ORDER BY c."id"`;
};

export type PlannedDelivery = { customerId: string; channel: SendChannel; address: string; largePrint: boolean };

/** Who gets what: one delivery per reachable person, and how many go each way (shown before sending). */
export const planDeliveries = (recipients: Recipient[]) => {
  const deliveries: PlannedDelivery[] = [];
  let unreachable = 0;
  for (const person of recipients) {
    const channel = chooseChannel({
      ...person,
      preferred: person.preferredChannel,
      hasAddress: person.address !== null,
    });
    if (!channel) {
      unreachable += 1;
      continue;
    }
    const address = channel === "EMAIL" ? person.email : channel === "SMS" ? person.phone : person.address;
    deliveries.push({ customerId: person.id, channel, address: address as string, largePrint: person.largePrint });
  }
  const count = (channel: SendChannel) => deliveries.filter((d) => d.channel === channel).length;
  return {
    deliveries,
    counts: { email: count("EMAIL"), text: count("SMS"), letter: count("LETTER"), unreachable },
  };
};
