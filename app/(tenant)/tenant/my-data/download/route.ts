import { recordExport } from "@/lib/audit/record-export";
import { requireCustomer } from "@/lib/auth/session";
import { customerDataCsv, exportCustomerData } from "@/lib/people/export-customer-data";

/** The signed-in customer's own data as JSON or CSV; the customer comes from the session, never the URL. */
export const GET = async (request: Request) => {
  const { user, customerId } = await requireCustomer();
  await recordExport(user.id, "my-data", customerId);
  const format = new URL(request.url).searchParams.get("format") === "csv" ? "csv" : "json";
  const data = await exportCustomerData(customerId);
  const headers = {
    "Cache-Control": "no-store",
    "Content-Disposition": `attachment; filename="my-involve-data.${format}"`,
  };
  return format === "csv"
    ? new Response(customerDataCsv(data), { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" } })
    : new Response(JSON.stringify(data, null, 2), { headers: { ...headers, "Content-Type": "application/json" } });
};
