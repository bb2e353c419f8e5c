import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { SummaryList } from "@/components/ui/summary-list";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { previewAudience } from "@/lib/communications/queries";
import { describeAudience } from "@/lib/consultations/audience";
import { ZAudience } from "@/lib/consultations/schemas";
import { listEventsOpenToBook } from "@/lib/events/queries";
import { formatDateTime } from "@/lib/format";
import { toNewsletterAudience } from "@/lib/reach/event-invitation-rules";
import { audienceQuery, EVERYONE } from "@/lib/reach/rules";
import { inviteToEventAction } from "./actions";

export const metadata: Metadata = { title: "Invite a group to an event" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const InviteToEventPage = async ({ searchParams }: Props) => {
  await requireRole(AREA_ROLES.staff);
  // The seldom-heard group comes in the address, as the reach page links it; anything unreadable is no group.
  const parsed = ZAudience.safeParse(await searchParams);
  const audience = parsed.success ? parsed.data : EVERYONE;
  const chosen = Object.values(audience).some((list) => list.length > 0);
  const back = (
    <p className="mb-4">
      <Link href="/staff/reach">Back to who takes part</Link>
    </p>
  );
  if (!chosen)
    return (
      <div className="max-w-3xl">
        {back}
        <PageHeading>Invite a group to an event</PageHeading>
        <p>Choose a seldom-heard group on the reach page to invite it to an event.</p>
      </div>
    );
  const [description, preview, events] = await Promise.all([
    describeAudience(audience),
    previewAudience(toNewsletterAudience(audience)),
    listEventsOpenToBook(new Date()),
  ]);
  return (
    <div className="max-w-3xl">
      {back}
      <PageHeading>Invite a group to an event</PageHeading>
      <p className="mb-4">{description}</p>
      <p className="mb-2">If you invited them now, the invitation would go:</p>
      <SummaryList
        rows={[
          { term: "By email", value: preview.counts.email },
          { term: "By text message", value: preview.counts.text },
          { term: "By post", value: preview.counts.letter },
          { term: "Cannot be reached (no consent and no postal address)", value: preview.counts.unreachable },
        ]}
      />
      {events.length === 0 ? (
        <p className="font-bold">
          No event is open for booking. <Link href="/staff/events/new">Add an event</Link> first.
        </p>
      ) : (
        <>
          <p className="mb-4">
            Choosing an event writes the invitation from it. Nothing is sent yet: you will see it as an email, a text
            message and a letter, with these numbers again, before you send it.
          </p>
          <ActionForm
            action={inviteToEventAction}
            label="Invite to an event"
            hidden={{ audience: audienceQuery(audience) }}
            fields={[
              {
                kind: "radio",
                name: "eventId",
                label: "Which event?",
                options: events.map((event) => ({
                  value: event.id,
                  label: `${event.title}, ${formatDateTime(event.startsAt)}`,
                })),
              },
            ]}
            submit="Write the invitation"
          />
        </>
      )}
    </div>
  );
};

export default InviteToEventPage;
