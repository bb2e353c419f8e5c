import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { ROLE_HOME } from "@/lib/auth/rules";

/** Where sign-in lands: each role has its own home. */
const HomeRedirect = async () => {
  const user = await getCurrentUser();
  redirect(user ? ROLE_HOME[user.role] : "/sign-in");
};

export default HomeRedirect;
