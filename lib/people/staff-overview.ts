import "server-only";
import { unstable_cache, updateTag } from "next/cache";
import { getStaffOverview } from "./queries";

const STAFF_OVERVIEW_TAG = "staff-overview";

/**
 * The staff home's "Your customers" figures, the same for every officer: counting 50,000 customers costs the
 * database about 7 ms, which every officer's home page paid on each visit (decision 18, "Sixth pass"). Kept for a
 * minute; an import or an anonymisation, the changes that move them by more than one, expires them at once.
 */
export const getCachedStaffOverview = unstable_cache(getStaffOverview, ["staff-overview"], {
  revalidate: 60,
  tags: [STAFF_OVERVIEW_TAG],
});

export const expireStaffOverview = () => updateTag(STAFF_OVERVIEW_TAG);
