import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NewsCards } from "@/components/communications/news-cards";
import { UsefulnessForm } from "@/components/communications/usefulness-form";
import { PageHeading } from "@/components/ui/page-heading";
import { getPublishedNews } from "@/lib/communications/queries";
import { formatDate } from "@/lib/format";
import { usefulnessAction } from "../actions";

type Props = { params: Promise<{ id: string }> };

// None is rendered by the build (it never reads the database); each is rendered on its first request and then
// cached like the other public pages.
export const generateStaticParams = async () => [];

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const item = await getPublishedNews((await params).id.slice(0, 50));
  return { title: item ? item.title : "Page not found" };
};

// Web addresses in officers' text become links; everything else stays text (React escapes it).
const withLinks = (text: string) =>
  text.split(/(https?:\/\/[^\s]+)/g).map((part, index) =>
    /^https?:\/\//.test(part) ? (
      <a key={index} href={part}>
        {part}
      </a>
    ) : (
      part
    ),
  );

const NewsItemPage = async ({ params }: Props) => {
  const item = await getPublishedNews((await params).id.slice(0, 50));
  if (!item) notFound();
  return (
    <article className="max-w-3xl">
      <p className="mb-4">
        <Link href="/news">All news</Link>
      </p>
      <PageHeading>{item.title}</PageHeading>
      <p className="mb-4 text-gray-700">{formatDate(item.sentAt)}</p>
      <p className="mb-6 text-lg">{item.summary}</p>
      {item.sections.map((section, index) => (
        <section key={index} className="mb-6">
          <h2 className="mb-2 text-2xl font-bold">{section.heading}</h2>
          {section.image && (
            // eslint-disable-next-line @next/next/no-img-element -- an officer's upload, served by our own route
            <img src={`/news/${item.id}/images/${index}`} alt={section.image.alt} className="mb-3 max-w-full" />
          )}
          {section.text.split(/\n{2,}/).map((paragraph, n) => (
            <p key={n} className="mb-3 whitespace-pre-line">
              {withLinks(paragraph)}
            </p>
          ))}
        </section>
      ))}
      <NewsCards cards={item.cards} />
      <UsefulnessForm action={usefulnessAction} communicationId={item.id} />
    </article>
  );
};

export default NewsItemPage;
