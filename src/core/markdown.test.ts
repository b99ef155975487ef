import { describe, expect, it } from 'vitest';
import { renderInlineMarkdown, renderMarkdown } from './markdown';

describe('question Markdown', () => {
  it('shows raw HTML as text, so an onerror handler never becomes an element', () => {
    const html = renderMarkdown('Look: <img src=x onerror="alert(1)"> and <script>alert(2)</script>');
    expect(html).not.toMatch(/<img|<script/);
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    expect(html).toContain('&lt;script&gt;');
  });

  it('renders code spans and fenced code blocks', () => {
    expect(renderInlineMarkdown('Set `max_workers` to 4')).toBe('Set <code>max_workers</code> to 4');
    const html = renderMarkdown('```yaml\nreplicas: 3\n```');
    expect(html).toContain('<pre><code class="language-yaml">replicas: 3');
  });

  it('does not turn links or images into navigation or remote loads', () => {
    const html = renderMarkdown('[docs](https://example.com) ![x](https://example.com/a.png) <https://example.com>');
    expect(html).not.toMatch(/<a |<img/);
  });

  it('escapes HTML inside option text too', () => {
    expect(renderInlineMarkdown('<b onclick=x>bold</b>')).toBe('&lt;b onclick=x&gt;bold&lt;/b&gt;');
  });
});
