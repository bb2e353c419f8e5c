"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/form-state";
import { AREA_ROLES } from "@/lib/auth/rules";
import { addLocalHoliday, removeLocalHoliday } from "@/lib/landlord/local-holidays";
import { ZLocalHoliday, ZLocalHolidayRef } from "@/lib/landlord/schemas";

const saved = (message: string): FormState => {
  revalidatePath("/admin/holidays");
  return { status: "ok", message };
};

export const addLocalHolidayAction = formAction(AREA_ROLES.admin, {
  schema: ZLocalHoliday,
  run: (holiday, user) => addLocalHoliday({ actor: user, ...holiday }),
  done: (holiday) => saved(`${holiday.name} has been added.`),
});

export const removeLocalHolidayAction = formAction(AREA_ROLES.admin, {
  schema: ZLocalHolidayRef,
  run: ({ date }, user) => removeLocalHoliday({ actor: user, date }),
  done: () => saved("The local holiday has been removed."),
});
