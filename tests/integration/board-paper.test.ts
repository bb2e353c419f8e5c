import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { answerBoardQuestion, askBoardQuestion } from "@/lib/kpi/board-questions";
import { sendCommentaryReminders } from "@/lib/kpi/commentary-reminders";
import { countOpenCommentaryRequests, requestCommentary } from "@/lib/kpi/commentary-requests";
import { getWorkList } from "@/lib/work-list/queries";
import { createKpi } from "@/lib/kpi/create-kpi";
import { enterKpiValue } from "@/lib/kpi/enter-kpi-value";
import { buildPackContent, getPack } from "@/lib/kpi/pack";
import { packPdf } from "@/lib/kpi/pack-pdf";
import { presentPack } from "@/lib/kpi/present-pack";
import { getKpiTiles } from "@/lib/kpi/queries";
import { savePackCommentary } from "@/lib/kpi/save-pack-commentary";
import { ZKpiDetails } from "@/lib/kpi/schemas";
import { setKpiTarget } from "@/lib/kpi/set-kpi-target";
import { createLandlord, createUser } from "@/tests/factories";
import { createCustomer } from "@/tests/factories/people";
import { ensureQueues } from "@/lib/jobs/queues";
import { sendQueuedNoticeEmails } from "./notice-emails";

const now = new Date("2026-11-20T10:00:00Z");
const Q2 = { year: 2026, quarter: 2 };
const Q3 = { year: 2026, quarter: 3 }; // under way on 20 November

const setUp = async () => {
  await createLandlord();
  const officer = await createUser({ role: "OFFICER" });
  const board = await createUser({ role: "BOARD" });
  const kpi = async (code: string, key: boolean, target: number, value: number) => {
    const created = await createKpi({
      actor: officer,
      details: ZKpiDetails.parse({
        code,
        name: `KPI ${code}`,
        description: "Demo",
        unit: "PERCENT",
        direction: "HIGHER_IS_BETTER",
        section: "HOMES",
        source: "MANUAL",
        owner: "Head of Property",
        key: key ? "yes" : "no",
      }),
    });
    await setKpiTarget({ actor: officer, input: { kpiId: created.id, year: 2026, target, amberTolerance: 0 } });
    for (const period of [Q2, Q3])
      await enterKpiValue({ actor: officer, input: { kpiId: created.id, period, value }, now });
    return created;
  };
  // Listed in this order in the library; the board reads the key KPI first, then the furthest off target.
  await kpi("REP01", false, 90, 60);
  await kpi("REP02", false, 90, 85);
  await kpi("GAS01", true, 100, 97.9);
  await kpi("ASB01", false, 50, 80);
  return { officer, board };
};

describe("the board paper", () => {
  it("ranks exceptions by key KPI then distance off target, and gives a quarter under way no status", async () => {
    await setUp();
    const tiles = await getKpiTiles({ quarter: Q2, regime: "ENGLAND", now });
    expect(tiles.map((tile) => [tile.code, tile.rag])).toEqual([
      ["GAS01", "RED"],
      ["REP01", "RED"],
      ["REP02", "RED"],
      ["ASB01", "GREEN"],
    ]);
    const inProgress = await getKpiTiles({ quarter: Q3, regime: "ENGLAND", now });
    expect(new Set(inProgress.map((tile) => tile.rag))).toEqual(new Set(["IN_PROGRESS"]));
    // Each chart bar takes its own quarter's status, so the earlier quarter stays red beside the one under way.
    expect(inProgress.find((tile) => tile.code === "GAS01")?.history.slice(-2)).toEqual([
      { label: "Q2 26/27", value: 97.9, shown: "97.9%", target: 100, rag: "RED" },
      { label: "Q3 26/27", value: 97.9, shown: "97.9%", target: 100, rag: "IN_PROGRESS" },
    ]);
  });

  it("asks officers for commentary, reminds them once before it is due, and counts what is still open", async () => {
    const { officer } = await setUp();
    const colleague = await createUser({ role: "OFFICER" });
    await requestCommentary({
      actor: officer,
      quarter: Q2,
      officerId: colleague.id,
      dueOn: new Date("2026-11-30"),
      now,
    });
    expect(await countOpenCommentaryRequests(colleague.id)).toBe(3);
    expect(await countOpenCommentaryRequests(officer.id)).toBe(0);
    const emailed = await db.emailMessage.findMany({ where: { to: colleague.email }, select: { subject: true } });
    expect(emailed.map((email) => email.subject).sort()).toEqual([
      "commentary needed on GAS01 for the board",
      "commentary needed on REP01 for the board",
      "commentary needed on REP02 for the board",
    ]);
    await savePackCommentary({
      actor: colleague,
      quarter: Q2,
      commentary: [
        { kpiCode: "GAS01", text: "Two no-access cases.", action: "Forced entry booked.", recoveryBy: "December" },
      ],
    });
    expect(await countOpenCommentaryRequests(colleague.id)).toBe(2);
    // The staff home lists them for the officer asked, not for everyone.
    expect((await getWorkList(now, colleague.id)).commentaryRequested).toBe(2);
    expect((await getWorkList(now, officer.id)).commentaryRequested).toBe(0);
    // Too early: the reminder goes two days before the date.
    await ensureQueues(); // as the worker does before it runs a recurring job
    expect(await sendCommentaryReminders(new Date("2026-11-25T09:00:00Z"))).toEqual({ reminded: 0 });
    expect(await sendCommentaryReminders(new Date("2026-11-28T09:00:00Z"))).toEqual({ reminded: 2 });
    expect(await sendCommentaryReminders(new Date("2026-11-29T09:00:00Z"))).toEqual({ reminded: 0 });
    await sendQueuedNoticeEmails();
    expect(await db.emailMessage.count({ where: { subject: { startsWith: "Reminder:" } } })).toBe(2);
    await expect(
      requestCommentary({ actor: officer, quarter: Q3, officerId: colleague.id, dueOn: now, now }),
    ).rejects.toThrow("has not finished");
    await expect(
      requestCommentary({ actor: officer, quarter: Q2, officerId: "nobody", dueOn: now, now }),
    ).rejects.toThrow("could not find that officer");
    expect(await db.commentaryRequest.count()).toBe(3);
  });

  it("puts a board member's question and the officer's answer into the pack, frozen at sign-off", async () => {
    const { officer, board } = await setUp();
    const asked = await askBoardQuestion({
      actor: board,
      quarter: Q2,
      about: { kpiCode: "GAS01" },
      question: "Which homes are without a certificate?",
    });
    await askBoardQuestion({ actor: board, quarter: Q2, about: { item: "STRATEGY" }, question: "Is the plan funded?" });
    await expect(
      askBoardQuestion({ actor: board, quarter: Q2, about: { kpiCode: "NOPE" }, question: "?" }),
    ).rejects.toThrow("Choose a KPI from the list");
    await answerBoardQuestion({ actor: officer, id: asked.id, answer: "Two, both with forced entry booked." });
    await expect(db.boardQuestion.updateMany({ data: { answer: "  " } })).rejects.toThrow(/BoardQuestion_answer_dated/);
    const { content } = await getPack(Q2, now);
    expect(content.questions?.map(({ subject, question, answer }) => [subject, question, answer])).toEqual([
      ["GAS01 KPI GAS01", "Which homes are without a certificate?", "Two, both with forced entry booked."],
      ["Strategy action plan", "Is the plan funded?", null],
    ]);
    await presentPack({
      actor: officer,
      quarter: Q2,
      signOff: {
        signedOffBy: "Chair",
        signedOffOn: new Date("2026-11-19"),
        minuteRef: "BM 2026/50",
        unexplained: "Verbal update given at the meeting.",
      },
      now,
    });
    await expect(
      answerBoardQuestion({ actor: officer, id: asked.id, answer: "Changed after the meeting" }),
    ).rejects.toThrow("can no longer be changed");
    expect((await getPack(Q2, now)).content.questions?.[0]?.answer).toBe("Two, both with forced entry booked.");
    // Who takes part is frozen too: a customer housed since does not change the presented pack.
    expect(content.reach).toMatchObject({ period: "2026/27", customers: 0, seldomHeard: [] });
    await createCustomer();
    expect((await buildPackContent(Q2, now)).reach?.customers).toBe(1);
    expect((await getPack(Q2, now)).content.reach).toEqual(content.reach);
  });

  it("still shows and prints a pack presented before the board paper, from its older snapshot", async () => {
    await setUp();
    const content = await buildPackContent(Q2, now);
    const older = {
      ...content,
      questions: undefined,
      scrutiny: undefined,
      feedback: undefined,
      reach: undefined,
      commentary: { GAS01: "Two no-access cases." },
      tiles: content.tiles.map(({ key: _key, offTarget: _offTarget, ...tile }) => ({
        ...tile,
        history: tile.history.map(({ label, value, shown }) => ({ label, value, shown })),
      })),
      signOff: { signedOffBy: "Chair", signedOffOn: "2026-10-20", minuteRef: "BM 2026/41" },
    };
    await db.performancePack.create({
      data: {
        ...Q2,
        snapshot: JSON.parse(JSON.stringify(older)),
        presentedAt: now,
        signedOffBy: "Chair",
        signedOffOn: new Date("2026-10-20"),
        minuteRef: "BM 2026/41",
      },
    });
    const { status, content: read } = await getPack(Q2, now);
    expect(status).toBe("PRESENTED");
    expect(read.commentary.GAS01).toEqual({ reason: "Two no-access cases.", action: null, recoveryBy: null });
    expect(read.tiles[0]?.history.at(-1)).toMatchObject({ rag: "NO_TARGET", target: null });
    const pdf = await packPdf(read, status);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  });
});
