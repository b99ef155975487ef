import { describe, expect, it } from 'vitest';
import { modulePreload } from './renderer-build';

describe('modulePreload', () => {
  const resolve = modulePreload.resolveDependencies;
  const deps = ['assets/db.js', 'assets/SettingsView.css', 'assets/dexie.js'];

  it('keeps the page preloads in the HTML', () => {
    expect(resolve('assets/index.js', deps, { hostId: 'index.html', hostType: 'html' })).toEqual(deps);
  });

  it("adds no script preloads when a lazy chunk loads, but still loads that chunk's CSS", () => {
    expect(resolve('assets/SettingsView.js', deps, { hostId: 'assets/index.js', hostType: 'js' })).toEqual([
      'assets/SettingsView.css',
    ]);
  });
});
