import Link from "next/link";
import { boardQueryString } from "@/lib/kpi/board-request";
import type { Quarter } from "@/lib/uk-time";

const PAGES = [
  { href: "/board", label: "Dashboard" },
  { href: "/board/pack", label: "Performance pack" },
  { href: "/board/trends", label: "Trends" },
  { href: "/board/strategy/report", label: "Strategy report" },
  { href: "/board/scrutiny", label: "Scrutiny" },
  { href: "/board/feedback", label: "Feedback themes" },
  { href: "/board/assurance", label: "Assurance" },
  { href: "/board/self-assessment", label: "Self-assessment" },
  { href: "/board/measures", label: "Regulatory measures" },
  { href: "/board/definitions", label: "KPI definitions" },
] as const;

/**
 * The board's pages, each link carrying the chosen quarter in its address: a quarter chosen on one page is the
 * quarter every other page opens on, with or without JavaScript (decision 20).
 */
export const BoardNav = ({ quarter, current }: { quarter: Quarter; current: (typeof PAGES)[number]["href"] }) => (
  <nav aria-label="Board pages" className="mb-6 print:hidden">
    <ul className="flex flex-wrap gap-x-6 gap-y-2 text-lg">
      {PAGES.map((page) => (
        <li key={page.href}>
          <Link
            href={`${page.href}?${boardQueryString(quarter)}`}
            aria-current={page.href === current ? "page" : undefined}
            className="aria-[current=page]:font-bold aria-[current=page]:decoration-4"
          >
            {page.label}
          </Link>
        </li>
      ))}
    </ul>
  </nav>
);
