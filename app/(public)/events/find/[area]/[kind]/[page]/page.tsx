import type { Metadata } from "next";
import { PublicEventList } from "@/components/events/public-event-list";
import { ZEventFilters } from "@/lib/events/schemas";
import { ZPage } from "@/lib/paging";

export const metadata: Metadata = { title: "Find an event" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The calendar for a chosen area, kind or page, rendered per request since the choices are in the address. */
const FindEventsPage = async ({ searchParams }: Props) => {
  const query = await searchParams;
  return <PublicEventList filters={ZEventFilters.parse(query)} page={ZPage.parse(query.page)} />;
};

export default FindEventsPage;
