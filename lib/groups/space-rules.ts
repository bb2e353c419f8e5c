import type {
  GroupMemberKind,
  MembersListShown,
  MembershipRole,
  MinutesState,
  Role,
} from "@/lib/generated/prisma/enums";

/*
 * The group space's rules, pure so they are unit tested: who may enter a group's space and moderate it, how a member
 * is named, what the members list shows, and the minutes' and actions' states.
 */

/** Officers and administrators moderate every group: add and remove members, set what is public, see every action. */
export const MODERATOR_ROLES: readonly Role[] = ["OFFICER", "ADMIN"];

export const isModerator = (user: { role: Role }) => MODERATOR_ROLES.includes(user.role);

/** How someone relates to a group's space: "member" or "moderator" may enter it; null means 404. */
export type GroupStanding = "member" | "moderator" | null;

export const decideGroupStanding = (user: { role: Role }, isCurrentMember: boolean): GroupStanding => {
  if (isCurrentMember) return "member";
  return isModerator(user) ? "moderator" : null;
};

export const MEMBER_KIND_LABEL: Record<GroupMemberKind, string> = {
  TENANT: "Tenant",
  COUNCILLOR: "Councillor",
  STAFF: "Staff",
  INDEPENDENT: "Independent member",
};

export const MEMBERS_LIST_LABEL: Record<MembersListShown, string> = {
  NAMES_AND_ROLES: "Every member's name and role",
  OFFICE_HOLDERS_ONLY: "The chair, secretary and treasurer by name; other members counted",
  COUNT_ONLY: "How many members there are, no names",
};

export const MINUTES_STATE_LABEL: Record<MinutesState, string> = {
  DRAFT: "Draft",
  APPROVED: "Approved",
  PUBLISHED: "Published",
};

type Named = {
  customer: { firstName: string; lastName: string } | null;
  user: { name: string } | null;
};

/** A member's name: a customer's from their record, anyone else's from their account. */
export const memberName = (m: Named) =>
  m.customer ? `${m.customer.firstName} ${m.customer.lastName}` : (m.user?.name ?? "Former member");

const OFFICE_HOLDERS: readonly MembershipRole[] = ["CHAIR", "SECRETARY", "TREASURER"];

/** Which members a member sees named, as the group chose; moderators always see everyone. */
export const visibleMembers = <T extends { role: MembershipRole }>(
  members: readonly T[],
  shown: MembersListShown,
  standing: Exclude<GroupStanding, null>,
): { named: T[]; unnamed: number } => {
  if (standing === "moderator" || shown === "NAMES_AND_ROLES") return { named: [...members], unnamed: 0 };
  const named = shown === "OFFICE_HOLDERS_ONLY" ? members.filter((m) => OFFICE_HOLDERS.includes(m.role)) : [];
  return { named, unnamed: members.length - named.length };
};

/** Who runs a group's meetings (schedules them, files papers, records attendance and minutes): its chair and
 * secretary, and officers. */
export const canRunMeetings = (access: { canModerate: boolean; membership: { role: MembershipRole } | null }) =>
  access.canModerate || access.membership?.role === "CHAIR" || access.membership?.role === "SECRETARY";

/** An open action is overdue the day after its due date (UK days, both as midnight UTC dates). */
export const isOverdue = (action: { status: string; dueOn: Date }, today: Date) =>
  action.status === "OPEN" && action.dueOn < today;

/** Why minutes cannot be approved at that meeting, or undefined: approval is at a later meeting that has begun. */
export const approvalProblem = (
  minutes: { state: MinutesState; meetingStartsAt: Date },
  approvingMeeting: { startsAt: Date },
  now: Date,
) => {
  if (minutes.state !== "DRAFT") return "These minutes have already been approved";
  if (approvingMeeting.startsAt <= minutes.meetingStartsAt)
    return "Minutes are approved at a later meeting of the group";
  if (approvingMeeting.startsAt > now) return "Minutes are approved at a meeting that has taken place";
  return undefined;
};

/** Why minutes cannot be published, or undefined: approved first, and only if the group publishes its minutes. */
export const publishProblem = (state: MinutesState, minutesPublic: boolean) => {
  if (state === "DRAFT") return "Minutes are published once the group has approved them";
  if (state === "PUBLISHED") return "These minutes are already published";
  if (!minutesPublic) return "This group keeps its minutes to its members";
  return undefined;
};

/** Approved minutes are the group's record: only drafts can be written to (the database refuses the rest too). */
export const minutesEditProblem = (state: MinutesState | null) =>
  state && state !== "DRAFT" ? "Approved minutes cannot be changed" : undefined;
