import Link from "next/link";
import { ROLE_HOME, ROLE_LABEL } from "@/lib/auth/rules";
import type { Role } from "@/lib/generated/prisma/enums";
import { signOutAction } from "@/lib/auth/sign-out";
import { MainNav, type NavLink } from "./main-nav";

const NAV: Record<Role, NavLink[]> = {
  TENANT: [
    { href: "/tenant", label: "Your involvement" },
    { href: "/strategy", label: "Our involvement strategy" },
    { href: "/events", label: "Events" },
    { href: "/tenant/consultations", label: "Consultations" },
    { href: "/get-involved", label: "Ways to get involved" },
    { href: "/tenant/feedback", label: "Feedback" },
    { href: "/tenant/reviews", label: "Drafts to review" },
    { href: "/groups", label: "Your groups" },
  ],
  OFFICER: [
    { href: "/staff", label: "Staff area" },
    { href: "/staff/customers", label: "Customers" },
    { href: "/staff/groups", label: "Groups" },
    { href: "/staff/events", label: "Events" },
    { href: "/staff/consultations", label: "Consultations" },
    { href: "/staff/communications", label: "Newsletters" },
    { href: "/staff/feedback", label: "Feedback" },
    { href: "/staff/equality", label: "Equality" },
    { href: "/staff/strategy", label: "Strategy" },
    { href: "/staff/measures", label: "Measures" },
    { href: "/staff/scrutiny", label: "Scrutiny" },
    { href: "/staff/kpis", label: "KPIs" },
    { href: "/staff/budget", label: "Budget" },
    { href: "/staff/policies", label: "Policies" },
    { href: "/staff/rent", label: "Rent setting" },
    { href: "/staff/annual-report", label: "Annual report" },
    { href: "/staff/self-assessment", label: "Self-assessment" },
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
    { href: "/board/reach", label: "Who takes part" },
    { href: "/board/policies", label: "Budget, policies and rent" },
  ],
  MEMBER: [{ href: "/groups", label: "Your groups" }],
  ADMIN: [
    { href: "/admin", label: "Administration" },
    { href: "/staff", label: "Staff area" },
    { href: "/staff/customers", label: "Customers" },
    { href: "/staff/groups", label: "Groups" },
    { href: "/staff/strategy", label: "Strategy" },
    { href: "/staff/events", label: "Events" },
    { href: "/staff/consultations", label: "Consultations" },
    { href: "/staff/communications", label: "Newsletters" },
    { href: "/staff/feedback", label: "Feedback" },
    { href: "/staff/measures", label: "Measures" },
    { href: "/staff/scrutiny", label: "Scrutiny" },
    { href: "/staff/kpis", label: "KPIs" },
    { href: "/staff/budget", label: "Budget" },
    { href: "/staff/annual-report", label: "Annual report" },
    { href: "/board", label: "Board area" },
    { href: "/admin/audit", label: "Audit log" },
    { href: "/admin/outbox", label: "Outbox" },
    { href: "/admin/deletion-requests", label: "Deletion requests" },
  ],
};

export type Look = { brandColour: string | null; logoSrc: string | null };

/**
 * Who the header is for: the person on signed-in pages; on cached public pages only their role, since one copy
 * serves everyone with it (docs/decisions/0021-finish-dates-words-homes.md).
 */
export type HeaderUser = { role: Role; name?: string };

/**
 * The header band spans the full width at every size; its colour is the landlord's, checked for contrast when set.
 * `bare` leaves out the account links: the not-found and forbidden pages, which Next.js writes into every page's
 * payload once per layout in case they are needed, and which serve strangers and signed-in people alike.
 */
export const SiteHeader = ({
  landlordName,
  user,
  look,
  bare = false,
}: {
  landlordName: string;
  user: HeaderUser | null;
  look: Look;
  bare?: boolean;
}) => (
  <header
    className="w-full bg-gray-950 text-white print:hidden"
    style={look.brandColour ? { backgroundColor: look.brandColour } : undefined}
  >
    <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-4">
      <Link
        href={user ? ROLE_HOME[user.role] : bare ? "/home" : "/"}
        className="flex min-w-0 items-center gap-3 text-2xl font-bold text-white no-underline"
      >
        {look.logoSrc && (
          // A same-site file or the uploaded logo: next/image would need a size and loader for no gain here.
          // eslint-disable-next-line @next/next/no-img-element
          <img src={look.logoSrc} alt="" className="h-12 w-auto max-w-[6rem] bg-white p-1" />
        )}
        <span className="min-w-0 break-words">
          Involve <span className="block text-base font-normal">{landlordName}</span>
        </span>
      </Link>
      {bare ? null : user ? (
        <div className="flex min-w-0 flex-wrap items-center gap-4">
          <p>
            {user.name ?? "Signed in"} <span>({ROLE_LABEL[user.role]})</span>
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
        // A stranger's copy: "Sign in" opens /home, which sends anyone whose session the proxy could not read as
        // signed in (a cookie from before roles were claims) to their own area and anyone else to sign in.
        <div className="flex min-w-0 flex-wrap items-center gap-4">
          <Link href="/home" className="text-white">
            Sign in
          </Link>
          <Link href="/register" className="text-white">
            Create an account
          </Link>
        </div>
      )}
    </div>
    {user && <MainNav links={NAV[user.role]} />}
  </header>
);
