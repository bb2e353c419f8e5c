import Link from "next/link";

const STYLES = {
  // The page's one main next step.
  primary:
    "inline-block rounded bg-green-800 px-5 py-3 text-lg font-bold text-white no-underline shadow-[0_2px_0_#002d18] hover:bg-green-900 focus:bg-yellow-400 focus:text-black focus:outline-4 focus:outline-yellow-400",
  secondary:
    "inline-block rounded border-2 border-gray-900 bg-white px-3 py-1 font-bold text-gray-900 underline hover:bg-gray-100 focus:bg-yellow-400 focus:outline-4 focus:outline-yellow-400",
} as const;

/** A link that looks like a button: it leads to a page (often a confirmation page) rather than changing anything. */
export const ButtonLink = ({
  href,
  children,
  kind = "primary",
}: {
  href: string;
  children: React.ReactNode;
  kind?: keyof typeof STYLES;
}) => (
  <Link href={href} className={STYLES[kind]}>
    {children}
  </Link>
);
