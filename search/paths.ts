/** Deep link path of a paragraph: stable as long as the paragraph id is (README, "Paragraph ids"). */
export function paragraphPath(id: string): string {
  return `/p/${encodeURIComponent(id)}`;
}

export function articlePath(article: string): string {
  return `/articles/${encodeURIComponent(article)}`;
}
