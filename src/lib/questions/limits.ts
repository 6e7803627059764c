/** Longest search query we use; longer input is cut. */
export const MAX_QUERY_LENGTH = 100;
