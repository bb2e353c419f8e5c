"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export type NavLink = { href: string; label: string };

/** The link whose section holds this page: the longest matching prefix, so /staff/events beats /staff. */
export const currentHref = (links: NavLink[], path: string) =>
  links
    .filter((link) => path === link.href || path.startsWith(`${link.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;

/** The main navigation, marking the current section with aria-current (rendered on the server too, so no JavaScript is needed). */
export const MainNav = ({ links, background }: { links: NavLink[]; background?: string }) => {
  const current = currentHref(links, usePathname());
  return (
    <nav aria-label="Main" className="bg-gray-800" style={background ? { backgroundColor: background } : undefined}>
      <ul className="mx-auto flex max-w-5xl flex-wrap gap-x-6 gap-y-1 px-4 py-2">
        {links.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              aria-current={link.href === current ? "page" : undefined}
              className="text-white aria-[current=page]:font-bold aria-[current=page]:decoration-4"
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
};
