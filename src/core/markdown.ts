/**
 * Question text is Markdown with raw HTML disabled: anything that looks like a tag is shown as
 * text, so a question file can never inject markup or script. Links and images are off too: a
 * question has no reason to navigate away or load a remote resource.
 */
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: false });
md.disable(['link', 'image', 'autolink']);

/** Renders block Markdown (stems, explanations) to safe HTML. */
export function renderMarkdown(source: string): string {
  return md.render(source);
}

/** Renders a single line (option text) without wrapping it in a paragraph. */
export function renderInlineMarkdown(source: string): string {
  return md.renderInline(source);
}
