import { db } from "@/lib/db";
import { notFoundError } from "@/lib/errors";
import type { HouseholdChildrenInput, HouseholdMemberInput } from "./household-schemas";
import { CHILD_BANDS } from "./labels";

/** A tenant adds someone 16 or over who lives with them; the tenant's agreement to contact is dated. */
export const addHouseholdMember = ({
  customerId,
  member,
  now = new Date(),
}: {
  customerId: string;
  member: HouseholdMemberInput;
  now?: Date;
}) =>
  db.householdMember.create({
    data: {
      customerId,
      firstName: member.firstName,
      ageBand: member.ageBand,
      relationship: member.relationship,
      email: member.email ?? null,
      contactConsentAt: member.email && member.contactConsent ? now : null,
    },
    select: { id: true },
  });

/** Only the tenant's own household: another household's member is "not found". */
export const removeHouseholdMember = async ({ customerId, memberId }: { customerId: string; memberId: string }) => {
  const { count } = await db.householdMember.deleteMany({ where: { id: memberId, customerId } });
  if (count === 0) throw notFoundError("household member");
};

/** Replaces the counts of children per age band in one transaction; a band of 0 keeps no row at all. */
export const setHouseholdChildren = ({ customerId, counts }: { customerId: string; counts: HouseholdChildrenInput }) =>
  db.$transaction(async (tx) => {
    await tx.householdChildren.deleteMany({ where: { customerId } });
    const rows = CHILD_BANDS.filter((band) => counts[band] > 0).map((band) => ({
      customerId,
      ageBand: band,
      count: counts[band],
    }));
    if (rows.length > 0) await tx.householdChildren.createMany({ data: rows });
  });

export const getHousehold = async (customerId: string) => {
  const [members, children] = await Promise.all([
    db.householdMember.findMany({
      where: { customerId },
      orderBy: { createdAt: "asc" },
      select: { id: true, firstName: true, ageBand: true, relationship: true, email: true, ownCustomerId: true },
    }),
    db.householdChildren.findMany({ where: { customerId }, select: { ageBand: true, count: true } }),
  ]);
  return { members, children: Object.fromEntries(children.map((row) => [row.ageBand, row.count])) };
};

/** One member of the tenant's own household, or null (another household's is "not found" to them). */
export const getHouseholdMember = (customerId: string, memberId: string) =>
  db.householdMember.findFirst({
    where: { id: memberId, customerId },
    select: { id: true, firstName: true, ageBand: true, email: true, ownCustomerId: true },
  });
