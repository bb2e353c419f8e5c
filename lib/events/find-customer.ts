import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";

const CUSTOMER_SELECT = { id: true, reference: true, firstName: true, lastName: true } as const;
const LOOKS_LIKE_REFERENCE = /\d/;
const NAMES_LISTED = 5;

/**
 * A walk-in by reference or, when the officer has only a name, by name: one match is that customer; several are
 * listed beside the field with their references, so the officer can ask which one and type it.
 */
export const findCustomerForWalkIn = async (tx: Tx, text: string) => {
  if (LOOKS_LIKE_REFERENCE.test(text)) return findCustomerByReference(tx, text);
  const words = text.trim().split(/\s+/).filter(Boolean);
  const matches = await tx.customer.findMany({
    where: {
      anonymisedAt: null,
      status: "ACTIVE",
      AND: words.map((word) => ({
        OR: [
          { firstName: { contains: word, mode: "insensitive" as const } },
          { lastName: { contains: word, mode: "insensitive" as const } },
        ],
      })),
    },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
    take: NAMES_LISTED + 1,
    select: { ...CUSTOMER_SELECT, home: { select: { postcode: true } } },
  });
  const [only] = matches;
  if (matches.length === 1 && only) return only;
  if (matches.length === 0) {
    throw new DomainError("We could not find that customer.", {
      reference: "No current customer has that name. Check the spelling, or enter their customer reference",
    });
  }
  const listed = matches
    .slice(0, NAMES_LISTED)
    .map((c) => `${c.reference} (${c.firstName} ${c.lastName}${c.home ? `, ${c.home.postcode}` : ""})`);
  const more = matches.length > NAMES_LISTED ? ", and more: add a surname" : "";
  throw new DomainError("More than one customer has that name.", {
    reference: `More than one customer has that name. Enter the reference of the one who came: ${listed.join(", ")}${more}`,
  });
};

/** A current customer by reference, for officers registering someone or adding a walk-in. */
export const findCustomerByReference = async (tx: Tx, reference: string) => {
  const customer = await tx.customer.findFirst({
    where: { reference: { equals: reference.trim(), mode: "insensitive" }, anonymisedAt: null },
    select: CUSTOMER_SELECT,
  });
  if (!customer) {
    throw new DomainError("We could not find that customer.", {
      reference: "Enter a customer reference we hold, like C00001",
    });
  }
  return customer;
};
