import { requireCustomer } from "@/lib/auth/session";
import { photoResponse } from "@/lib/feedback/photo";

/** The photo a tenant sent: their own only, the customer from the session. */
export const GET = async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { customerId } = await requireCustomer();
  return photoResponse((await params).id.slice(0, 50), customerId);
};
