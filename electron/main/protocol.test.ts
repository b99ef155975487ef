import { describe, expect, it } from 'vitest';
import { resolveAppPath } from './protocol';
import { isAppUrl } from './security';

describe('the app:// origin', () => {
  const root = '/opt/app/out/renderer';

  it('maps app://bundle paths into the renderer folder', () => {
    expect(resolveAppPath(root, 'app://bundle/index.html')).toBe('/opt/app/out/renderer/index.html');
    expect(resolveAppPath(root, 'app://bundle/')).toBe('/opt/app/out/renderer/index.html');
    expect(resolveAppPath(root, 'app://bundle/assets/a.js?x=1')).toBe('/opt/app/out/renderer/assets/a.js');
  });

  it('refuses paths that climb out of the folder and foreign hosts', () => {
    // The URL parser already folds encoded dot segments, so this one stays inside the folder.
    expect(resolveAppPath(root, 'app://bundle/%2e%2e/%2e%2e/secret')).toBe('/opt/app/out/renderer/secret');
    expect(resolveAppPath(root, 'app://bundle/..%2f..%2fsecret')).toBeNull();
    expect(resolveAppPath(root, 'app://other/index.html')).toBeNull();
  });

  it('treats only its own origin as navigable', () => {
    expect(isAppUrl('app://bundle/index.html#/exam')).toBe(true);
    expect(isAppUrl('https://bundle/index.html')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});
