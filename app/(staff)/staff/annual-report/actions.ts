"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { publishReport } from "@/lib/annual-report/publish-report";
import { saveIntroduction, saveReportPart } from "@/lib/annual-report/save-report-part";
import { ZReportIntroduction, ZReportPart, ZReportYear } from "@/lib/annual-report/schemas";
import { startReport } from "@/lib/annual-report/start-report";
import { AREA_ROLES } from "@/lib/auth/rules";
import { revalidatePublicPages } from "@/lib/revalidate-public-pages";
import { ZConfirmed } from "@/lib/confirm";
import type { AnnualReportSection } from "@/lib/generated/prisma/enums";

const reportPath = (year: number) => `/staff/annual-report/${year}`;

export const startReportAction = formAction(AREA_ROLES.staff, {
  schema: ZReportYear,
  run: ({ year }, user) => startReport({ actor: user, year }),
  done: ({ year }) => redirect(reportPath(year)),
});

export const saveIntroductionAction = formAction(AREA_ROLES.staff, {
  schema: ZReportIntroduction,
  run: ({ year, introduction }, user) => saveIntroduction({ actor: user, year, introduction }),
  done: (_result, { year }) => {
    revalidatePath(reportPath(year));
    return { status: "ok", message: "The introduction is saved." };
  },
});

export const saveReportPartAction = formAction(AREA_ROLES.staff, {
  schema: ZReportPart,
  run: ({ year, section, included, commentary, featured }, user) =>
    saveReportPart({
      actor: user,
      year,
      part: { section: section as AnnualReportSection, included: included === "yes", commentary, featured },
    }),
  done: (_result, { year }) => {
    revalidatePath(reportPath(year));
    redirect(reportPath(year));
  },
});

export const publishReportAction = formAction(AREA_ROLES.staff, {
  schema: ZConfirmed.extend(ZReportYear.shape),
  run: ({ year }, user) => publishReport({ actor: user, year }),
  done: (_result, { year }) => {
    revalidatePath(reportPath(year));
    revalidatePublicPages();
    redirect(`${reportPath(year)}?published=1`);
  },
});
