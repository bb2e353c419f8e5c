import Link from "next/link";

/**
 * The public site's header is the same for every visitor, signed in or not, so public pages can be cached for
 * everyone (docs/decisions/0010-perf-page-caching.md). "Your account" opens the visitor's own home, or sign-in.
 */
export const PublicHeader = ({ landlordName }: { landlordName: string }) => (
  <header className="bg-gray-950 text-white print:hidden">
    <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-4">
      <Link href="/" className="text-2xl font-bold text-white no-underline">
        Involve <span className="block text-base font-normal">{landlordName}</span>
      </Link>
      <Link href="/home" className="text-white">
        Your account
      </Link>
    </div>
  </header>
);
