/**
 * The request header in which proxy.ts hands a page its own path and query: a server component has no
 * request URL, and a signed-out visitor's way back after sign-in is that whole address.
 */
export const REQUEST_PATH_HEADER = 'x-request-path';
