import type { Section } from "./schemas";

/** How a draft's sections can be rearranged; each returns a new list, or a problem to show. */
export type SectionChange = "up" | "down" | "remove";

export const MAX_SECTIONS = 12;

export const changeSections = (
  sections: readonly Section[],
  position: number,
  change: SectionChange,
): { sections: Section[] } | { problem: string } => {
  if (position < 0 || position >= sections.length) return { problem: "That section is not in this draft." };
  const next = [...sections];
  switch (change) {
    case "remove":
      if (sections.length === 1) return { problem: "A newsletter needs at least one section: add another first." };
      next.splice(position, 1);
      return { sections: next };
    case "up":
    case "down": {
      const target = change === "up" ? position - 1 : position + 1;
      if (target < 0 || target >= sections.length) return { problem: "That section cannot move further." };
      [next[position], next[target]] = [next[target] as Section, next[position] as Section];
      return { sections: next };
    }
  }
};

/** The list with one section replaced, or added at the end ("new"). */
export const putSection = (
  sections: readonly Section[],
  position: number | "new",
  section: Section,
): { sections: Section[] } | { problem: string } => {
  if (position === "new") {
    if (sections.length >= MAX_SECTIONS) return { problem: `A newsletter can have at most ${MAX_SECTIONS} sections.` };
    return { sections: [...sections, section] };
  }
  if (position >= sections.length) return { problem: "That section is not in this draft." };
  return { sections: sections.map((existing, index) => (index === position ? section : existing)) };
};
