import type { MembershipRole, RtoStatus } from "@/lib/generated/prisma/enums";

/** Offices a group has one holder of at a time; any number of people can be members. */
export const SINGLE_HOLDER_ROLES: readonly MembershipRole[] = ["CHAIR", "SECRETARY", "TREASURER"];

export const isCurrent = (membership: { endedOn: Date | null }, today: Date) =>
  membership.endedOn === null || membership.endedOn >= today;

/** Why a membership cannot end on that date, or undefined when it can. */
export const membershipEndProblem = (startedOn: Date, endedOn: Date) =>
  endedOn < startedOn ? "The end date must be on or after the date they joined" : undefined;

/** A deregistered organisation stays on the register with the reason, so the register explains itself. */
export const rtoStatusProblem = (status: RtoStatus, reason: string | undefined) =>
  status === "DEREGISTERED" && !reason ? "Say why the organisation was deregistered" : undefined;

/** A declined request always says why: the tenant is told, and can ask again or ask about another group. */
export const declineProblem = (decision: "ACCEPT" | "DECLINE", reason: string | undefined) =>
  decision === "DECLINE" && !reason ? "Say why the request is declined: the tenant will be told" : undefined;
