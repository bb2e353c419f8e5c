export const PageHeading = ({ children, caption }: { children: React.ReactNode; caption?: string }) => (
  <div className="mb-6">
    {caption && <p className="text-lg text-gray-700">{caption}</p>}
    <h1 className="text-3xl font-bold">{children}</h1>
  </div>
);
