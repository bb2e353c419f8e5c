"use server";

import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { AREA_ROLES } from "@/lib/auth/rules";
import { createStrategy } from "@/lib/strategy/create-strategy";
import { ZStrategyDetails } from "@/lib/strategy/schemas";

export const createStrategyAction = formAction(AREA_ROLES.staff, {
  schema: ZStrategyDetails,
  run: (details, user) => createStrategy({ actor: user, details }),
  done: (strategy) => redirect(`/staff/strategy/${strategy.id}?done=created`),
});
