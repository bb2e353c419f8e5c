import Link from "next/link";

export const SiteFooter = ({ landlordName }: { landlordName: string }) => (
  <footer className="mt-12 border-t-4 border-green-800 bg-gray-100 print:hidden">
    <div className="mx-auto max-w-5xl px-4 py-6">
      <h2 className="sr-only">Support links</h2>
      <ul className="flex flex-wrap gap-x-6 gap-y-1">
        <li>
          <Link href="/contact">Contact {landlordName}</Link>
        </li>
        <li>
          <Link href="/accessibility">Accessibility statement</Link>
        </li>
        <li>
          <Link href="/privacy">How we use your information</Link>
        </li>
        <li>
          <Link href="/rto-register">Register of tenant organisations</Link>
        </li>
        <li>
          <Link href="/strategy">Our involvement strategy</Link>
        </li>
        <li>
          <Link href="/survey-results">Satisfaction survey results</Link>
        </li>
        <li>
          <Link href="/get-involved">Ways to get involved</Link>
        </li>
        <li>
          <Link href="/scrutiny">Scrutiny reports</Link>
          <Link href="/feedback">Give us feedback or make a complaint</Link>
        </li>
      </ul>
      <p className="mt-4 text-gray-700">Involve: open-source software for tenant involvement.</p>
    </div>
  </footer>
);
