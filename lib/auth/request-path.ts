/** The request header proxy.ts fills with the page's path and query, for the sign-in return address. */
export const REQUEST_PATH_HEADER = "x-involve-path";
