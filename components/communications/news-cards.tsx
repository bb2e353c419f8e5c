import Link from "next/link";
import type { Card } from "@/lib/communications/cards";

/** The cards a newsletter went with, as the archive shows them: each item links to its page in the portal. */
export const NewsCards = ({ cards }: { cards: Card[] }) =>
  cards.map((card) => (
    <section key={card.kind} className="mb-6 border-l-4 border-gray-400 pl-4" aria-labelledby={`card-${card.kind}`}>
      <h2 id={`card-${card.kind}`} className="mb-2 text-2xl font-bold">
        {card.heading}
      </h2>
      <ul className="space-y-2">
        {card.items.map((item) => (
          <li key={item.path + item.title}>
            <Link href={item.path} className="font-bold">
              {item.title}
            </Link>
            <p>{item.detail}</p>
          </li>
        ))}
      </ul>
    </section>
  ));
