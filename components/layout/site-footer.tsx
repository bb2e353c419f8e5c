import Link from "next/link";

const LINKS = [
  { href: "/accessibility", label: "Accessibility statement" },
  { href: "/privacy", label: "How we use your information" },
  { href: "/rto-register", label: "Register of tenant organisations" },
  { href: "/strategy", label: "Our involvement strategy" },
  { href: "/survey-results", label: "Satisfaction survey results" },
  { href: "/annual-report", label: "Annual report to tenants" },
  { href: "/service-standards", label: "Our service standards" },
  { href: "/get-involved", label: "Ways to get involved" },
  { href: "/scrutiny", label: "Scrutiny reports" },
  { href: "/feedback", label: "Give us feedback or make a complaint" },
];

export const SiteFooter = ({ landlordName }: { landlordName: string }) => (
  <footer className="mt-12 border-t-4 border-green-800 bg-gray-100 print:hidden">
    <div className="mx-auto max-w-5xl px-4 py-6">
      <h2 className="sr-only">Support links</h2>
      <ul className="flex flex-wrap gap-x-6 gap-y-1">
        <li>
          <Link href="/contact">Contact {landlordName}</Link>
        </li>
        {LINKS.map((link) => (
          <li key={link.href}>
            <Link href={link.href}>{link.label}</Link>
          </li>
        ))}
      </ul>
      <p className="mt-4 text-gray-700">Involve: open-source software for tenant involvement.</p>
    </div>
  </footer>
);
