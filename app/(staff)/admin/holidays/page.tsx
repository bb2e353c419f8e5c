import type { Metadata } from "next";
import { ActionButton } from "@/components/ui/action-button";
import { ActionForm } from "@/components/ui/action-form";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { formatDate } from "@/lib/format";
import { listLocalHolidays } from "@/lib/landlord/local-holidays";
import { getLandlord } from "@/lib/landlord/queries";
import { CALENDAR_YEARS } from "@/lib/measures/bank-holidays";
import { addLocalHolidayAction, removeLocalHolidayAction } from "./actions";
import { isoDay } from "@/lib/uk-time";

export const metadata: Metadata = { title: "Local holidays" };

const CALENDAR_NAME = { ENGLAND: "England and Wales", SCOTLAND: "Scotland" } as const;

const LocalHolidaysPage = async () => {
  await requireRole(AREA_ROLES.admin);
  const [landlord, holidays] = await Promise.all([getLandlord(), listLocalHolidays()]);
  return (
    <div className="max-w-3xl">
      <PageHeading caption="Administration">Local holidays</PageHeading>
      <p className="mb-4">
        Complaint timescales count working days: Monday to Friday, less the bank holidays for{" "}
        {CALENDAR_NAME[landlord.regime]} ({CALENDAR_YEARS.first} to {CALENDAR_YEARS.last}, already included). Add the
        other days your offices close, such as a local holiday, and the complaints figures in Involve will skip them
        too.
      </p>
      <h2 className="mb-2 text-2xl font-bold">Your local holidays</h2>
      {holidays.length === 0 ? (
        <p className="mb-6">None added yet.</p>
      ) : (
        <div className="mb-6">
          <DataTable
            caption="Local holidays"
            rowKey={(holiday) => holiday.date.toISOString()}
            rows={holidays}
            columns={[
              { header: "Date", cell: (holiday) => formatDate(holiday.date) },
              { header: "Holiday", cell: (holiday) => holiday.name },
              {
                header: "Remove",
                cell: (holiday) => (
                  <ActionButton action={removeLocalHolidayAction} fields={{ date: isoDay(holiday.date) }}>
                    Remove<span className="sr-only"> {holiday.name}</span>
                  </ActionButton>
                ),
              },
            ]}
          />
        </div>
      )}
      <h2 className="mb-2 text-2xl font-bold">Add a local holiday</h2>
      <ActionForm
        action={addLocalHolidayAction}
        label="Add a local holiday"
        submit="Add holiday"
        fields={[
          { kind: "date", name: "date", label: "Date" },
          { kind: "text", name: "name", label: "Holiday", hint: "For example, Glasgow Fair Monday." },
        ]}
      />
    </div>
  );
};

export default LocalHolidaysPage;
