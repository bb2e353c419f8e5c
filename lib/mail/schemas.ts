import { z } from "zod";
import { optionalQueryParam } from "@/lib/forms";
import { ZPage } from "@/lib/paging";

/** The outbox's search box and page number, from the address: anything odd means "not given". */
export const ZOutboxSearch = z.object({
  q: optionalQueryParam(z.string().trim().min(1).max(200)),
  page: ZPage,
});
