// The teams area of the catalogue, in British English: the source every other language translates.
export const messages = {} as const;
