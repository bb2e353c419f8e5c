import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/ui/page-heading";
import { requireCustomer } from "@/lib/auth/session";
import { REGISTRATION_STATUS_LABEL } from "@/lib/events/labels";
import { listOwnRegistrations } from "@/lib/events/queries";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Your events" };

const TenantEventsPage = async () => {
  const { customerId } = await requireCustomer();
  const registrations = await listOwnRegistrations(customerId, new Date());
  return (
    <div className="max-w-2xl">
      <PageHeading>Your events</PageHeading>
      {registrations.length === 0 ? (
        <p className="mb-6">You have not registered for any events coming up.</p>
      ) : (
        <ul className="mb-6 space-y-3">
          {registrations.map((r) => (
            <li key={r.id}>
              <Link href={`/tenant/events/${r.event.id}`} className="font-bold">
                {r.event.title}
              </Link>
              <br />
              {formatDateTime(r.event.startsAt)}. {REGISTRATION_STATUS_LABEL[r.status]}.
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href="/events">Find events</Link>
      </p>
    </div>
  );
};

export default TenantEventsPage;
