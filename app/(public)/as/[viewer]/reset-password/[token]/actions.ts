"use server";

import { redirect } from "next/navigation";
import { publicFormAction } from "@/lib/actions/form-action";
import { resetPassword } from "@/lib/auth/reset-password";
import { ZNewPassword } from "@/lib/auth/schemas";

export const resetPasswordAction = publicFormAction({
  schema: ZNewPassword,
  run: (input) => resetPassword(input),
  done: () => redirect("/sign-in?reset=1"),
});
