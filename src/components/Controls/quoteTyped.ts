// What the learner typed, quoted for a message: “abc”, or "an empty field" (a number input
// empties text that is not a number, so the browser hands over "").
export function quoteTyped(text: string): string {
  return text.trim() === '' ? 'an empty field' : `“${text}”`;
}
