/**
 * A wide table that scrolls sideways on a narrow screen, reachable by keyboard (WCAG: a scrollable region must be
 * focusable) and named for screen readers.
 */
export const ScrollRegion = ({
  label,
  className = "",
  children,
}: {
  label: string;
  className?: string;
  children: React.ReactNode;
}) => (
  <div
    role="region"
    aria-label={label}
    tabIndex={0}
    className={`overflow-x-auto focus:outline-4 focus:outline-yellow-400 ${className}`}
  >
    {children}
  </div>
);
