/** A success or information banner after a form post. */
export const Notice = ({ title, children }: { title: string; children?: React.ReactNode }) => (
  <div role="status" className="mb-6 border-4 border-green-800 p-4">
    <h2 className="text-xl font-bold">{title}</h2>
    {children && <div className="mt-2">{children}</div>}
  </div>
);
