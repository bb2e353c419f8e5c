"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { currentHref } from "@/components/layout/main-nav";
import { GROUP_SPACE_PAGES } from "@/lib/groups/space-nav";

/** The group's own pages; the current one marked with aria-current (rendered on the server, so no JavaScript needed). */
export const GroupSpaceNav = ({ groupId, groupName }: { groupId: string; groupName: string }) => {
  const path = usePathname();
  const base = `/groups/${groupId}`;
  const links = GROUP_SPACE_PAGES.map(({ segment, label }) => ({ href: segment ? `${base}/${segment}` : base, label }));
  // The longest matching prefix is the current page, so /groups/x/meetings/y marks "Meetings".
  const current = currentHref(links, path);
  return (
    <nav aria-label={`${groupName} pages`} className="mb-6">
      <ul className="flex flex-wrap gap-x-6 gap-y-2 text-lg">
        {links.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              aria-current={link.href === current ? "page" : undefined}
              className="aria-[current=page]:font-bold aria-[current=page]:decoration-4"
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
};
