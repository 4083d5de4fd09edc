/** "1 image", "2 images", "0 images": a count with its noun in the right number. */
export const countOf = (n: number, singular: string, plural = `${singular}s`): string =>
  `${n} ${n === 1 ? singular : plural}`;
