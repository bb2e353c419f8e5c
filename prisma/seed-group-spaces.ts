// Demo data for group spaces (decision 29): a working group of tenants, councillors and an officer, with a
// councillor who signs in (councillor@involve.test), and the Interested Tenants Panel's meetings, papers, minutes,
// actions and a discussion, which the demo tenant belongs to. Dated from the day the seed runs.
import { createHash } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import PDFDocument from "pdfkit";
import type { Tx } from "../lib/db";
import { env } from "../lib/env";

const DAY = 86_400_000;
const customerId = (n: number) => `customer-${String(n).padStart(5, "0")}`;
const PANEL = "group-panel";
export const WORKING_GROUP = "group-working";

/** A one-page PDF, stored as the file store names files (by SHA-256), since the seed cannot load server modules. */
const storePaper = async (title: string, lines: string[]) => {
  const doc = new PDFDocument({ size: "A4", info: { Title: title } });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  doc.fontSize(18).text(title).moveDown();
  for (const line of lines) doc.fontSize(12).text(line).moveDown(0.5);
  doc.end();
  const bytes = await done;
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  await mkdir(path.resolve(env.FILES_DIR), { recursive: true, mode: 0o700 });
  await writeFile(path.resolve(env.FILES_DIR, sha256), bytes, { mode: 0o600 });
  return { sha256, sizeBytes: bytes.length };
};

const paper = async (
  id: string,
  groupId: string,
  meetingId: string | null,
  title: string,
  lines: string[],
  publishedAt: Date | null,
) => ({
  id,
  groupId,
  meetingId,
  title,
  fileName: `${id}.pdf`,
  uploadedById: "user-officer",
  publishedAt,
  ...(await storePaper(title, lines)),
});

export const seedGroupSpaces = async (tx: Tx, passwordHash: string, now = new Date()) => {
  const at = (days: number, hour: number) => {
    const day = new Date(now.getTime() + days * DAY);
    day.setUTCHours(hour, 0, 0, 0);
    return day;
  };
  const dateOnly = (days: number) =>
    new Date(`${new Date(now.getTime() + days * DAY).toISOString().slice(0, 10)}T00:00:00Z`);
  const officer = await tx.user.findUniqueOrThrow({ where: { email: "officer@involve.test" }, select: { id: true } });
  const tenant = await tx.user.findUniqueOrThrow({ where: { email: "tenant@involve.test" }, select: { id: true } });

  // The working group: five tenants, two councillors (one signs in), and the involvement officer as adviser.
  await tx.group.create({
    data: {
      id: WORKING_GROUP,
      name: "Neighbourhoods Working Group",
      type: "OTHER",
      description: "Five tenants, five councillors and officers planning estate improvements together.",
    },
  });
  await tx.user.createMany({
    data: [
      {
        id: "user-councillor",
        email: "councillor@involve.test",
        name: "Cllr Rhona Baird",
        role: "MEMBER",
        passwordHash,
      },
      {
        id: "user-councillor-2",
        email: "councillor2@involve.test",
        name: "Cllr Dev Sharma",
        role: "MEMBER",
        passwordHash,
      },
    ],
  });
  const started = dateOnly(-200);
  await tx.groupMembership.createMany({
    data: [
      ...[201, 202, 203, 204, 205].map((n, i) => ({
        id: `membership-working-${n}`,
        groupId: WORKING_GROUP,
        customerId: customerId(n),
        role: i === 0 ? ("CHAIR" as const) : ("MEMBER" as const),
        startedOn: started,
      })),
      {
        id: "membership-councillor",
        groupId: WORKING_GROUP,
        userId: "user-councillor",
        kind: "COUNCILLOR" as const,
        role: "MEMBER" as const,
        startedOn: started,
      },
      {
        id: "membership-councillor-2",
        groupId: WORKING_GROUP,
        userId: "user-councillor-2",
        kind: "COUNCILLOR" as const,
        role: "SECRETARY" as const,
        startedOn: started,
      },
      {
        id: "membership-officer",
        groupId: WORKING_GROUP,
        userId: officer.id,
        kind: "STAFF" as const,
        role: "ADVISER" as const,
        startedOn: started,
      },
    ],
  });
  await tx.groupMeeting.create({
    data: {
      id: "meeting-working-next",
      groupId: WORKING_GROUP,
      title: "Estate walkabout planning",
      startsAt: at(7, 17),
      endsAt: at(7, 19),
      place: "Eastgate Community Centre",
      agendaItems: {
        create: [
          { position: 1, title: "Routes for the spring walkabouts" },
          { position: 2, title: "Budget for small improvements" },
        ],
      },
    },
  });
  await tx.groupThread.create({
    data: {
      groupId: WORKING_GROUP,
      title: "Lighting on the Eastgate paths",
      authorId: "user-councillor",
      posts: {
        create: [
          { authorId: "user-councillor", body: "Residents have raised the dark path behind Eastgate Court again." },
        ],
      },
    },
  });

  // The Interested Tenants Panel (the demo tenant is a member): three meetings, minutes approved, drafted, to come.
  await tx.groupSpace.create({ data: { groupId: PANEL, membersList: "NAMES_AND_ROLES", minutesPublic: true } });
  const meetings = [
    { id: "meeting-panel-1", title: "Panel meeting: repairs leaflet", startsAt: at(-60, 18) },
    { id: "meeting-panel-2", title: "Panel meeting: damp and mould", startsAt: at(-5, 18) },
    { id: "meeting-panel-3", title: "Panel meeting: the annual report", startsAt: at(14, 18) },
  ];
  for (const [i, meeting] of meetings.entries()) {
    await tx.groupMeeting.create({
      data: {
        ...meeting,
        groupId: PANEL,
        endsAt: new Date(meeting.startsAt.getTime() + 90 * 60_000),
        place: "Riverside Hub, Room 2",
        onlineLink: i === 2 ? "https://meet.example.org/panel" : null,
        agendaItems: {
          create: [
            { position: 1, title: "Apologies and minutes of the last meeting" },
            { position: 2, title: meeting.title.replace("Panel meeting: ", "Main item: ") },
            { position: 3, title: "Any other business" },
          ],
        },
      },
    });
  }
  await tx.groupPaper.createMany({
    data: [
      await paper(
        "paper-panel-leaflet",
        PANEL,
        "meeting-panel-1",
        "Draft repairs leaflet",
        ["How to report a repair.", "What we fix and when."],
        at(-50, 12),
      ),
      await paper(
        "paper-panel-damp",
        PANEL,
        "meeting-panel-2",
        "Damp and mould: what tenants told us",
        ["Survey of 120 homes.", "Main causes and our response."],
        null,
      ),
      await paper(
        "paper-panel-report",
        PANEL,
        "meeting-panel-3",
        "Annual report to tenants: first draft",
        ["Draft for the panel's comments."],
        null,
      ),
      await paper(
        "paper-panel-terms",
        PANEL,
        null,
        "Terms of reference",
        ["What the panel does, how it meets, how it decides."],
        at(-300, 12),
      ),
    ].map((p) => ({ ...p, uploadedById: officer.id })),
  });
  await tx.groupMinutes.create({
    data: {
      meetingId: "meeting-panel-1",
      text: "Present: the chair and six members.\nThe panel read the draft leaflet and asked for shorter sentences.\nAgreed: the officer will redraft it.",
    },
  });
  await tx.groupMinutes.update({
    where: { meetingId: "meeting-panel-1" },
    data: { state: "APPROVED", approvedAt: at(-5, 19), approvedAtMeetingId: "meeting-panel-2" },
  });
  await tx.groupMinutes.create({
    data: {
      meetingId: "meeting-panel-2",
      text: "Present: the chair and five members.\nThe panel discussed the damp survey.\nDraft: to be approved at the next meeting.",
    },
  });
  await tx.groupDecision.createMany({
    data: [
      { meetingId: "meeting-panel-1", text: "The repairs leaflet goes to print once redrafted." },
      { meetingId: "meeting-panel-2", text: "The panel will visit three homes with damp before the next meeting." },
    ],
  });
  await tx.groupAttendance.createMany({
    data: [
      { meetingId: "meeting-panel-2", membershipId: "membership-tenant", status: "PRESENT" },
      { meetingId: "meeting-panel-2", membershipId: "membership-1-0", status: "PRESENT" },
      { meetingId: "meeting-panel-2", membershipId: "membership-1-1", status: "APOLOGIES" },
    ],
  });
  await tx.groupAction.createMany({
    data: [
      {
        groupId: PANEL,
        meetingId: "meeting-panel-1",
        title: "Redraft the repairs leaflet",
        dueOn: dateOnly(-40),
        status: "DONE",
        closedOn: dateOnly(-42),
      },
      {
        groupId: PANEL,
        meetingId: "meeting-panel-2",
        title: "Send the damp survey figures by area",
        ownerMembershipId: "membership-1-1",
        dueOn: dateOnly(-2),
      },
      {
        groupId: PANEL,
        meetingId: "meeting-panel-2",
        title: "Arrange visits to three homes with damp",
        ownerMembershipId: "membership-tenant",
        dueOn: dateOnly(10),
      },
    ],
  });
  await tx.groupThread.create({
    data: {
      groupId: PANEL,
      title: "Ideas for the annual report",
      authorId: tenant.id,
      posts: {
        create: [
          {
            authorId: tenant.id,
            body: "Could the report lead with repairs times? That is what neighbours ask me about.",
          },
        ],
      },
    },
  });
};
