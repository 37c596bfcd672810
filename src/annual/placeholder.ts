// Text the draft cannot know from records, marked for the clerk to replace. The mark is visible
// in every rendering, so an unfilled placeholder is never mistaken for a statement.

const OPEN = '【待填写：';

export function placeholder(what: string): string {
  return `${OPEN}${what}】`;
}

/** Numbers of the sections whose text still holds a placeholder. */
export function pendingSections(sections: readonly { number: string; text: string }[]): string[] {
  return sections.filter((s) => s.text.includes(OPEN)).map((s) => s.number);
}
