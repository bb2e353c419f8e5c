import { PublicFrame } from "@/components/layout/public-frame";

// Public pages are the same for every visitor: cached, and rendered again at most a minute after they go stale
// (consultations open and close by the clock) or at once when an officer changes what they show.
// docs/decisions/0016-page-caching.md
export const revalidate = 60;

const PublicLayout = ({ children }: { children: React.ReactNode }) => <PublicFrame>{children}</PublicFrame>;

export default PublicLayout;
