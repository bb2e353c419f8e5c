"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { AREA_ROLES } from "@/lib/auth/rules";
import { revalidatePublicPages } from "@/lib/revalidate-public-pages";
import type { ServiceChannel } from "@/lib/generated/prisma/enums";
import { ZServiceStandard } from "@/lib/service-standards/schemas";
import { updateServiceStandard } from "@/lib/service-standards/update-standard";

export const updateServiceStandardAction = formAction(AREA_ROLES.staff, {
  schema: ZServiceStandard,
  run: ({ channel, promise, kpiCode }, user) =>
    updateServiceStandard({ actor: user, channel: channel as ServiceChannel, promise, kpiCode: kpiCode || null }),
  done: () => {
    revalidatePath("/staff/service-standards");
    revalidatePublicPages();
    return { status: "ok", message: "The service standard is saved and shown on the public page." };
  },
});
