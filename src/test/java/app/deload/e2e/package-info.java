/**
 * Real-browser end-to-end tests: headless Chromium driven by Playwright against the app started by
 * {@code @QuarkusTest}, through the real UI only (clicks, typing), with data set up by
 * {@link app.deload.support.Fixtures}. Extend {@link app.deload.e2e.BrowserTest}.
 * <ul>
 * <li>Needs Debian's Chromium: {@code apt-get install -y --no-install-recommends chromium}. Playwright never
 * downloads a browser here.</li>
 * <li>Only these tests: {@code ./mvnw -B test -Dgroups=browser}; everything but these:
 * {@code -DexcludedGroups=browser}; skip them on a machine without Chromium: {@code -Ddeload.e2e.skip=true}.
 * Another Chromium binary: {@code -Ddeload.e2e.chromium=/path/to/chromium}.</li>
 * <li>Screenshots land in {@code target/screenshots/<TestClass>-<name>.png}.</li>
 * <li>A test fails on any console error (CSP violations included), uncaught page error, 5xx response or
 * failed stylesheet/script/image load.</li>
 * </ul>
 */
package app.deload.e2e;
