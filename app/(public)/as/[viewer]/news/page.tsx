import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/ui/page-heading";
import { isBuildPhase } from "@/lib/build-phase";
import { listPublishedNews } from "@/lib/communications/queries";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = {
  title: "News",
  alternates: { types: { "application/atom+xml": "/news/feed.xml" } },
};

/** Every newsletter we have sent, the same for everyone, so cached like the other public pages. */
const NewsPage = async () => {
  // The build renders no data: this page is rendered on its first request (lib/build-phase.ts).
  if (isBuildPhase()) return null;
  const items = await listPublishedNews();
  return (
    <div className="max-w-3xl">
      <PageHeading>News</PageHeading>
      <p className="mb-6">
        Our newsletters and bulletins, as we sent them to customers. Follow new ones in a feed reader:{" "}
        <a href="/news/feed.xml">news feed</a>.
      </p>
      {items.length === 0 ? (
        <p>There is no news yet.</p>
      ) : (
        <ul className="space-y-6">
          {items.map((item) => (
            <li key={item.id}>
              <h2 className="text-xl font-bold">
                <Link href={`/news/${item.id}`}>{item.title}</Link>
              </h2>
              <p className="text-gray-700">{item.sentAt && formatDate(item.sentAt)}</p>
              <p>{item.summary}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
};

export default NewsPage;
