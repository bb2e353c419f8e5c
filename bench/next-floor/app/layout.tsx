// The smallest Next.js app a page can be served from: what Next.js costs before any application code
// (scripts/bench-floor.ts).
const RootLayout = ({ children }: { children: React.ReactNode }) => (
  <html lang="en-GB">
    <body>{children}</body>
  </html>
);

export default RootLayout;
