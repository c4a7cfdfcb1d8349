package app.deload.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import app.deload.account.Role;
import app.deload.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;

/** The harness notices what it promises to notice, so a quiet browser suite means a clean page. */
@QuarkusTest
class BrowserHarnessTest extends BrowserTest {

    @Test
    void inlineScriptBlockedByTheCspUncaughtErrorsAndMissingFilesAreProblems() {
        Page page = desktop().newPage();
        page.navigate("/login");

        page.evaluate("() => { const s = document.createElement('script'); s.textContent = 'window.ran = true';"
                + " document.body.appendChild(s); }");
        page.evaluate("() => { setTimeout(() => { throw new Error('boom from a page script'); }); }");
        page.evaluate("() => { const l = document.createElement('link'); l.rel = 'stylesheet';"
                + " l.href = '/css/missing.css'; document.head.appendChild(l); }");
        page.waitForTimeout(300);

        List<String> problems = watch.drain();
        assertEquals(false, page.evaluate("() => window.ran === true"), "the CSP blocked the inline script");
        assertTrue(problems.stream().anyMatch(p -> p.contains("Content Security Policy")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("boom from a page script")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("GET " + base + "css/missing.css failed")),
                problems::toString);
    }

    @Test
    void aPageAnsweredWith4xxOnPurposeIsNoProblem() {
        Page page = desktop().newPage();
        signIn(page, Fixtures.user(Role.COACH), Fixtures.PASSWORD);

        page.navigate("/teams/999999999");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Not found"))).isVisible();
        assertEquals(List.of(), watch.drain());
    }
}
