import { describe, expect, it } from "vitest";
import { tooLongForText } from "@/lib/communications/schemas";
import { invitationContent, invitationForAudience, toNewsletterAudience } from "@/lib/reach/event-invitation-rules";
import { EVERYONE } from "@/lib/reach/rules";
import { ZEventInvitation } from "@/lib/reach/schemas";

const NEWS = `https://involve.example/news/${"x".repeat(25)}`;
const event = {
  id: "e1",
  title: "Young people's open evening",
  description: "Pizza and a say in what we do next.",
  venue: "Community hall",
  accessibilityNotes: null,
  format: "IN_PERSON" as const,
  startsAt: new Date("2027-01-14T18:00:00Z"),
  endsAt: new Date("2027-01-14T20:00:00Z"),
};

describe("an event invitation for a seldom-heard group", () => {
  it("is a newsletter that says when, where and how to book, with the event's address", () => {
    const content = invitationContent(event, "https://involve.example/events/e1", NEWS);
    expect(content.title).toBe("You are invited: Young people's open evening");
    expect(content.sections.map((section) => section.heading)).toEqual([
      "When",
      "Where",
      "What it is about",
      "How to book",
    ]);
    expect(content.sections.at(-1)!.text).toContain("https://involve.example/events/e1");
    expect(content.textMessage).toContain("14 Jan 2027");
  });

  it("keeps the text message within two texts however long the event's name", () => {
    const long = { ...event, title: "A".repeat(120), format: "ONLINE" as const, venue: null };
    const content = invitationContent(long, "https://involve.example/events/e1", NEWS);
    expect(tooLongForText(content.textMessage, NEWS)).toBe(false);
    expect(content.title.length).toBeLessThanOrEqual(120);
    expect(content.sections[1]!.text).toMatch(/^Online/);
  });

  it("reaches the group's people only, never everyone", () => {
    const audience = { ...EVERYONE, audienceEqualityAnswers: ["age=16 to 24"] };
    expect(toNewsletterAudience(audience)).toEqual({
      everyone: false,
      areaIds: [],
      kinds: [],
      groupIds: [],
      supportNeeds: [],
      equalityAnswers: ["age=16 to 24"],
    });
    expect(invitationForAudience(audience)).toBe("/staff/reach/invite?audienceEqualityAnswers=age%3D16+to+24");
  });

  it("reads the posted audience back from the page's address, and refuses an empty one", () => {
    const posted = ZEventInvitation.parse({
      eventId: "e1",
      audience: "audienceKinds=LEASEHOLDER&audienceKinds=TENANT",
    });
    expect(posted.audience.audienceKinds).toEqual(["LEASEHOLDER", "TENANT"]);
    expect(ZEventInvitation.safeParse({ eventId: "e1", audience: "" }).success).toBe(false);
    expect(ZEventInvitation.safeParse({ eventId: "e1", audience: "audienceKinds=LANDLORD" }).success).toBe(false);
  });
});
