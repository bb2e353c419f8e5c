"use server";

import { revalidatePath } from "next/cache";
import { publicFormAction } from "@/lib/actions/form-action";
import { STAFF_ROLES } from "@/lib/auth/rules";
import { ZSecondFactorCode } from "@/lib/auth/schemas";
import { confirmEnrolment, startEnrolment } from "@/lib/auth/second-factor";
import { requireRole } from "@/lib/auth/session";

// Staff who must set up a second factor can reach only these actions, so they check the role themselves.
const staffSettingUp = () => requireRole(STAFF_ROLES, { beforeSecondFactor: true });

/** Makes a new secret for the QR code; the page then asks for a code from the app. */
export const startEnrolmentAction = async () => {
  const user = await staffSettingUp();
  await startEnrolment(user.id);
  revalidatePath("/account");
};

export const confirmEnrolmentAction = publicFormAction({
  schema: ZSecondFactorCode,
  run: async ({ code }) => confirmEnrolment({ userId: (await staffSettingUp()).id, code }),
  // The recovery codes travel once, in this answer; only their hashes are kept.
  done: (codes) => ({ status: "ok", message: codes.join(" ") }),
});
