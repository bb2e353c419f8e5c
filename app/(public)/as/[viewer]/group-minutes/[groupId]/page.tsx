import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeading } from "@/components/ui/page-heading";
import { formatDate } from "@/lib/format";
import { getPublicGroupRecords } from "@/lib/groups/public-records";

export const metadata: Metadata = { title: "Group minutes and papers" };

type Props = { params: Promise<{ groupId: string }> };

// A group that is not public is not found, exactly like an id that never existed.
const PublicGroupRecordsPage = async ({ params }: Props) => {
  const group = await getPublicGroupRecords((await params).groupId.slice(0, 50));
  if (!group) notFound();
  return (
    <div className="max-w-3xl">
      <p className="mb-4">
        <Link href="/group-minutes">All groups&apos; minutes and papers</Link>
      </p>
      <PageHeading caption="Minutes and papers">{group.name}</PageHeading>
      {group.description && <p className="mb-6 text-lg">{group.description}</p>}
      <section aria-labelledby="minutes-heading" className="mb-10">
        <h2 id="minutes-heading" className="mb-4 text-2xl font-bold">
          Minutes
        </h2>
        {group.meetings.length === 0 ? (
          <p>No minutes have been published yet.</p>
        ) : (
          group.meetings.map((meeting) => (
            <article key={meeting.id} aria-labelledby={`minutes-${meeting.id}`} className="mb-6">
              <h3 id={`minutes-${meeting.id}`} className="text-xl font-bold">
                {meeting.title}, {formatDate(meeting.startsAt)}
              </h3>
              <p className="whitespace-pre-line">{meeting.minutes.text}</p>
            </article>
          ))
        )}
      </section>
      <section aria-labelledby="papers-heading">
        <h2 id="papers-heading" className="mb-4 text-2xl font-bold">
          Papers
        </h2>
        {group.papers.length === 0 ? (
          <p>No papers have been published yet.</p>
        ) : (
          <ul className="list-disc space-y-2 pl-6">
            {group.papers.map((paper) => (
              <li key={paper.id}>
                <a href={paper.href}>{paper.title}</a> (PDF)
                {paper.meeting ? `, for ${paper.meeting.title}` : ""}, published {formatDate(paper.publishedAt)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
};

export default PublicGroupRecordsPage;
