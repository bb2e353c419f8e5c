/** The page's main landmark, the skip link's target. */
export const MainContent = ({ children }: { children: React.ReactNode }) => (
  <main id="main-content" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
    {children}
  </main>
);
