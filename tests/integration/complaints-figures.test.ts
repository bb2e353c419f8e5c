import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { figuresFromUpload } from "@/lib/complaints/figures-from-upload";
import { addLocalHoliday, localHolidayDates, removeLocalHoliday } from "@/lib/landlord/local-holidays";
import { storeUpload } from "@/lib/uploads/upload-store";
import { createLandlord, createUser } from "@/tests/factories/index";

const FILE = [
  "complaint_ref,stage,received_on,acknowledged_on,responded_on",
  "C-1,1,2026-06-01,2026-06-01,2026-06-16",
  "C-2,1,2026-06-03,,",
].join("\n");

const upload = (text: string) => storeUpload(new File([text], "complaints.csv", { type: "text/csv" }));

const june = { from: "2026-06-01", to: "2026-06-30", homes: 2000 };

describe("complaints figures in the portal", () => {
  it("counts working days with the landlord's local holidays, as the command does with bank holidays", async () => {
    await createLandlord();
    const admin = await createUser({ role: "ADMIN" });
    const file = await upload(FILE);
    const before = await figuresFromUpload({ upload: file, ...june });
    expect(before).toMatchObject({
      status: "figures",
      complaints: 2,
      figures: {
        regime: "england",
        stage1: {
          received: 2,
          responded: 1,
          respondedWithinTimescale: 0,
          averageWorkingDays: 11,
          perThousandHomes: 1,
          percentResponded: 50,
        },
      },
    });

    await addLocalHoliday({ actor: admin, date: new Date("2026-06-10"), name: "Gala day" });
    const after = await figuresFromUpload({ upload: file, ...june });
    expect(after).toMatchObject({
      figures: { stage1: { respondedWithinTimescale: 1, percentWithinTimescale: 100, averageWorkingDays: 10 } },
    });
  });

  it("lists every problem in the file by line and column instead of figures", async () => {
    await createLandlord();
    const file = await upload(["complaint_ref,stage,received_on", "C-1,3,2026-06-01", "C-2,1,1 June"].join("\n"));
    const result = await figuresFromUpload({ upload: file, ...june });
    expect(result.status === "problems" && result.problems.map(({ line, column }) => `${line}:${column}`)).toEqual([
      "2:stage",
      "3:received_on",
    ]);
  });

  it("says when the file has gone", async () => {
    expect(await figuresFromUpload({ upload: "0".repeat(64), ...june })).toEqual({ status: "gone" });
  });
});

describe("local holidays", () => {
  it("are added once each, removed, and audited", async () => {
    const admin = await createUser({ role: "ADMIN" });
    await addLocalHoliday({ actor: admin, date: new Date("2026-07-20"), name: "Glasgow Fair Monday" });
    await expect(addLocalHoliday({ actor: admin, date: new Date("2026-07-20"), name: "Again" })).rejects.toMatchObject({
      fieldErrors: { date: "That day is already a local holiday" },
    });
    expect(await localHolidayDates()).toEqual(["2026-07-20"]);
    await removeLocalHoliday({ actor: admin, date: new Date("2026-07-20") });
    await expect(removeLocalHoliday({ actor: admin, date: new Date("2026-07-20") })).rejects.toThrow(
      "already been removed",
    );
    const actions = (await db.auditEvent.findMany({ select: { action: true } })).map(({ action }) => action);
    expect(actions.sort()).toEqual(["landlord.local_holiday_added", "landlord.local_holiday_removed"]);
  });
});
