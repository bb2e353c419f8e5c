import "server-only";
import { revalidatePath } from "next/cache";

/**
 * Every page under app/(public) is cached for everyone (docs/decisions/0016-page-caching.md). A staff change to
 * anything the public site shows expires them all at once: they are few, and each is rendered again only when next
 * asked for, so the officer who made the change sees it on the next page.
 */
export const revalidatePublicPages = () => revalidatePath("/(public)", "layout");
