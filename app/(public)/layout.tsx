// Public pages are the same for every visitor with the same role: cached, and rendered again at most a minute after
// they go stale (consultations open and close by the clock) or at once when an officer changes what they show.
// Each is kept once per viewer under as/[viewer], whose layout draws the header (docs/decisions/0016-page-caching.md,
// 0021-finish-dates-words-homes.md).
export const revalidate = 60;

const PublicLayout = ({ children }: { children: React.ReactNode }) => children;

export default PublicLayout;
