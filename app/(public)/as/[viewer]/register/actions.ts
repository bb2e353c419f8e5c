"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { publicFormAction } from "@/lib/actions/form-action";
import { formClient } from "@/lib/auth/client-ip";
import { acceptInvitation } from "@/lib/people/invite-customer";
import { registerTenant } from "@/lib/people/register-tenant";
import { ZInvitationAcceptance, ZRegistration } from "@/lib/people/schemas";

export const registerAction = publicFormAction({
  schema: ZRegistration,
  run: async (registration) => registerTenant({ registration, ip: formClient(await headers()) }),
  done: () => redirect("/sign-in?registered=1"),
});

export const acceptInvitationAction = publicFormAction({
  schema: ZInvitationAcceptance,
  run: (input) => acceptInvitation(input),
  done: () => redirect("/sign-in?registered=1"),
});
