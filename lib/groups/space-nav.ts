/**
 * The group space's sub-navigation, in order: each page under /groups/<groupId> adds one line here. `segment` is
 * the path after the group's id ("" for the overview).
 */
export const GROUP_SPACE_PAGES: readonly { segment: string; label: string }[] = [
  { segment: "", label: "Overview" },
  { segment: "members", label: "Members" },
  { segment: "meetings", label: "Meetings" },
  { segment: "papers", label: "Papers" },
  { segment: "actions", label: "Actions" },
  { segment: "discussions", label: "Discussions" },
  { segment: "documents", label: "Documents" },
  { segment: "drafts", label: "Drafts to review" },
  { segment: "scrutiny", label: "Scrutiny reviews" },
  { segment: "monitoring", label: "Monitoring the strategy" },
];
