import { describe, expect, it } from "vitest";
import { AREA_ROLES, decideAccess, ROLE_HOME } from "@/lib/auth/rules";
import {
  approvalProblem,
  canRunMeetings,
  decideGroupStanding,
  isOverdue,
  memberName,
  minutesEditProblem,
  publishProblem,
  visibleMembers,
} from "@/lib/groups/space-rules";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("who may enter a group's space", () => {
  it("lets current members in as members and officers in as moderators, and no one else", () => {
    expect(decideGroupStanding({ role: "TENANT" }, true)).toBe("member");
    expect(decideGroupStanding({ role: "MEMBER" }, true)).toBe("member");
    expect(decideGroupStanding({ role: "OFFICER" }, false)).toBe("moderator");
    expect(decideGroupStanding({ role: "ADMIN" }, false)).toBe("moderator");
    expect(decideGroupStanding({ role: "TENANT" }, false)).toBeNull();
    expect(decideGroupStanding({ role: "MEMBER" }, false)).toBeNull();
    expect(decideGroupStanding({ role: "BOARD" }, false)).toBeNull();
  });

  it("gives a councillor (MEMBER) their groups and no other area", () => {
    expect(ROLE_HOME.MEMBER).toBe("/groups");
    expect(decideAccess({ role: "MEMBER" }, AREA_ROLES.groups)).toBe("allow");
    for (const area of ["tenant", "staff", "board", "admin"] as const) {
      expect(decideAccess({ role: "MEMBER" }, AREA_ROLES[area])).toBe("forbidden");
    }
  });

  it("lets the chair, secretary and officers run meetings, not ordinary members", () => {
    expect(canRunMeetings({ canModerate: true, membership: null })).toBe(true);
    expect(canRunMeetings({ canModerate: false, membership: { role: "CHAIR" } })).toBe(true);
    expect(canRunMeetings({ canModerate: false, membership: { role: "SECRETARY" } })).toBe(true);
    expect(canRunMeetings({ canModerate: false, membership: { role: "MEMBER" } })).toBe(false);
    expect(canRunMeetings({ canModerate: false, membership: { role: "ADVISER" } })).toBe(false);
  });
});

describe("minutes", () => {
  const held = new Date("2027-01-10T18:00:00Z");
  const now = new Date("2027-02-20T12:00:00Z");

  it("are approved at a later meeting that has taken place, once", () => {
    expect(
      approvalProblem({ state: "DRAFT", meetingStartsAt: held }, { startsAt: new Date("2027-02-14T18:00:00Z") }, now),
    ).toBeUndefined();
    expect(approvalProblem({ state: "DRAFT", meetingStartsAt: held }, { startsAt: held }, now)).toMatch(
      /later meeting/,
    );
    expect(
      approvalProblem({ state: "DRAFT", meetingStartsAt: held }, { startsAt: new Date("2027-03-01T18:00:00Z") }, now),
    ).toMatch(/taken place/);
    expect(
      approvalProblem(
        { state: "APPROVED", meetingStartsAt: held },
        { startsAt: new Date("2027-02-14T18:00:00Z") },
        now,
      ),
    ).toMatch(/already been approved/);
  });

  it("can be edited only as a draft", () => {
    expect(minutesEditProblem(null)).toBeUndefined();
    expect(minutesEditProblem("DRAFT")).toBeUndefined();
    expect(minutesEditProblem("APPROVED")).toMatch(/cannot be changed/);
    expect(minutesEditProblem("PUBLISHED")).toMatch(/cannot be changed/);
  });

  it("are published only once approved, and only by a group that publishes its minutes", () => {
    expect(publishProblem("APPROVED", true)).toBeUndefined();
    expect(publishProblem("DRAFT", true)).toMatch(/approved/);
    expect(publishProblem("APPROVED", false)).toMatch(/to its members/);
    expect(publishProblem("PUBLISHED", true)).toMatch(/already/);
  });
});

describe("the action log", () => {
  it("flags an open action the day after it was due, never a closed one", () => {
    const today = day("2027-03-10");
    expect(isOverdue({ status: "OPEN", dueOn: day("2027-03-09") }, today)).toBe(true);
    expect(isOverdue({ status: "OPEN", dueOn: day("2027-03-10") }, today)).toBe(false);
    expect(isOverdue({ status: "DONE", dueOn: day("2027-01-01") }, today)).toBe(false);
    expect(isOverdue({ status: "DROPPED", dueOn: day("2027-01-01") }, today)).toBe(false);
  });
});

describe("the members list", () => {
  const members = [
    { role: "CHAIR" as const, name: "A" },
    { role: "SECRETARY" as const, name: "B" },
    { role: "MEMBER" as const, name: "C" },
    { role: "MEMBER" as const, name: "D" },
  ];

  it("shows members what the group chose, and officers everyone", () => {
    expect(visibleMembers(members, "NAMES_AND_ROLES", "member")).toEqual({ named: members, unnamed: 0 });
    expect(visibleMembers(members, "OFFICE_HOLDERS_ONLY", "member")).toEqual({
      named: members.slice(0, 2),
      unnamed: 2,
    });
    expect(visibleMembers(members, "COUNT_ONLY", "member")).toEqual({ named: [], unnamed: 4 });
    expect(visibleMembers(members, "COUNT_ONLY", "moderator")).toEqual({ named: members, unnamed: 0 });
  });

  it("names customers from their record and others from their account", () => {
    expect(memberName({ customer: { firstName: "Morag", lastName: "Campbell" }, user: null })).toBe("Morag Campbell");
    expect(memberName({ customer: null, user: { name: "Cllr Rhona Baird" } })).toBe("Cllr Rhona Baird");
  });
});
