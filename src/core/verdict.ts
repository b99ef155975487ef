/** Writers often open an option's explanation with its verdict; the UI shows the verdict itself. */
export function withoutVerdict(why: string): string {
  return why.replace(/^\s*(?:\*\*)?(?:correct|incorrect|wrong|right)(?:\*\*)?[.:!]\s*/i, '');
}
