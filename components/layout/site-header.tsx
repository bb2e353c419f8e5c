import Link from "next/link";
import type { CurrentUser } from "@/lib/auth/session";
import { ROLE_HOME, ROLE_LABEL } from "@/lib/auth/rules";
import type { Role } from "@/lib/generated/prisma/enums";
import { signOutAction } from "@/lib/auth/sign-out";

type NavLink = { href: string; label: string };

const NAV: Record<Role, NavLink[]> = {
  TENANT: [
    { href: "/tenant", label: "Your involvement" },
    { href: "/strategy", label: "Our involvement strategy" },
    { href: "/events", label: "Events" },
    { href: "/tenant/consultations", label: "Consultations" },
    { href: "/get-involved", label: "Ways to get involved" },
    { href: "/tenant/feedback", label: "Feedback" },
  ],
  OFFICER: [
    { href: "/staff", label: "Staff area" },
    { href: "/staff/customers", label: "Customers" },
    { href: "/staff/groups", label: "Groups" },
    { href: "/staff/events", label: "Events" },
    { href: "/staff/consultations", label: "Consultations" },
    { href: "/staff/feedback", label: "Feedback" },
    { href: "/staff/equality", label: "Equality" },
    { href: "/staff/strategy", label: "Strategy" },
    { href: "/staff/measures", label: "Measures" },
    { href: "/staff/scrutiny", label: "Scrutiny" },
    { href: "/staff/kpis", label: "KPIs" },
    { href: "/board", label: "Board area" },
  ],
  BOARD: [
    { href: "/board", label: "Board area" },
    { href: "/board/pack", label: "Performance pack" },
    { href: "/board/strategy/report", label: "Strategy report" },
    { href: "/board/measures", label: "Regulatory measures" },
    { href: "/board/scrutiny", label: "Scrutiny" },
    { href: "/board/assurance", label: "Assurance evidence" },
    { href: "/board/feedback", label: "Feedback themes" },
    { href: "/staff/events/figures", label: "Event figures" },
  ],
  ADMIN: [
    { href: "/admin", label: "Administration" },
    { href: "/staff", label: "Staff area" },
    { href: "/staff/customers", label: "Customers" },
    { href: "/staff/groups", label: "Groups" },
    { href: "/staff/strategy", label: "Strategy" },
    { href: "/staff/events", label: "Events" },
    { href: "/staff/consultations", label: "Consultations" },
    { href: "/staff/feedback", label: "Feedback" },
    { href: "/staff/measures", label: "Measures" },
    { href: "/staff/scrutiny", label: "Scrutiny" },
    { href: "/staff/kpis", label: "KPIs" },
    { href: "/board", label: "Board area" },
    { href: "/admin/audit", label: "Audit log" },
    { href: "/admin/outbox", label: "Outbox" },
    { href: "/admin/deletion-requests", label: "Deletion requests" },
  ],
};

export const SiteHeader = ({ landlordName, user }: { landlordName: string; user: CurrentUser | null }) => (
  <header className="bg-gray-950 text-white print:hidden">
    <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-4">
      <Link href={user ? ROLE_HOME[user.role] : "/"} className="text-2xl font-bold text-white no-underline">
        Involve <span className="block text-base font-normal">{landlordName}</span>
      </Link>
      {user ? (
        <div className="flex items-center gap-4">
          <p>
            {user.name} <span className="text-gray-300">({ROLE_LABEL[user.role]})</span>
          </p>
          <Link href="/account" className="text-white">
            Your account
          </Link>
          <form action={signOutAction}>
            <button type="submit" className="rounded border-2 border-white px-3 py-1 text-white underline">
              Sign out
            </button>
          </form>
        </div>
      ) : (
        <Link href="/sign-in" className="text-white">
          Sign in
        </Link>
      )}
    </div>
    {user && (
      <nav aria-label="Main" className="bg-gray-800">
        <ul className="mx-auto flex max-w-5xl flex-wrap gap-x-6 px-4 py-2">
          {NAV[user.role].map((link) => (
            <li key={link.href}>
              <Link href={link.href} className="text-white">
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    )}
  </header>
);
