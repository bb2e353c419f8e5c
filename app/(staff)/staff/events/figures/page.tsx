import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/ui/page-heading";
import { SelectField } from "@/components/ui/select-field";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { FIGURE_LABELS, getEventFigures, type EventFigures } from "@/lib/events/figures";
import { readFiguresRequest } from "@/lib/events/figures-request";
import { FilterForm } from "@/components/ui/filter-form";

export const metadata: Metadata = { title: "Event figures" };

const dateInput = (name: string, label: string, value: string) => (
  <div>
    <label htmlFor={name} className="block font-bold">
      {label}
    </label>
    <input
      id={name}
      name={name}
      type="date"
      defaultValue={value}
      className="mt-1 w-full border-2 border-gray-900 p-2"
    />
  </div>
);

const FiguresPage = async ({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) => {
  // The board reads these figures too: they are counts only, with no one's name in them.
  const user = await requireRole(AREA_ROLES.board);
  const now = new Date();
  const request = await readFiguresRequest(await searchParams, now);
  const figures = await getEventFigures({ ...request, now });
  const query = new URLSearchParams({
    from: request.from,
    to: request.to,
    ...(request.areaId && { area: request.areaId }),
  });
  return (
    <>
      <p className="mb-4">
        {user.role === "BOARD" ? (
          <Link href="/board">Back to the board dashboard</Link>
        ) : (
          <Link href="/staff/events">Back to events</Link>
        )}
      </p>
      <PageHeading caption={`${request.from} to ${request.to}, ${request.areaName}`}>
        Event figures for the board
      </PageHeading>
      <FilterForm label="Period and area" submit="Show figures" layout="grid gap-4 md:grid-cols-4">
        {dateInput("from", "From", request.from)}
        {dateInput("to", "To", request.to)}
        <SelectField
          name="area"
          label="Area"
          options={request.areas.map((a) => ({ value: a.id, label: a.name }))}
          defaultValue={request.areaId}
          emptyLabel="All areas"
        />
      </FilterForm>
      <dl className="mb-8 grid max-w-3xl gap-4 sm:grid-cols-2">
        {(Object.keys(FIGURE_LABELS) as (keyof EventFigures)[]).map((key) => (
          <div key={key} className="border-l-4 border-green-800 pl-3">
            <dt>{FIGURE_LABELS[key]}</dt>
            <dd className="text-3xl font-bold">{figures[key]}</dd>
          </div>
        ))}
      </dl>
      <p className="mb-2">An event counts once it has started. A customer registered and walking in counts once.</p>
      <p>
        <Link href={`/staff/events/figures/download?${query}`}>Download these figures (CSV)</Link>
      </p>
    </>
  );
};

export default FiguresPage;
