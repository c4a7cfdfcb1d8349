package app.deload.e2e;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;

/**
 * Collects what a user would not see but a test must not ignore: console errors (CSP violations among
 * them), uncaught script errors, server errors and failed loads of stylesheets, scripts or images. A page
 * answered on purpose with 4xx (a form re-shown with status 400, a 404 page) makes Chromium log "Failed to
 * load resource"; that one line is expected for the page itself.
 */
final class PageWatch {

    private static final String FAILED_LOAD = "Failed to load resource: the server responded with a status of 4";

    /** Playwright reports a console message's location as url:line:column. */
    private static final Pattern LINE_AND_COLUMN = Pattern.compile(":\\d+:\\d+$");

    private final List<String> problems = new ArrayList<>();
    private final Set<String> documentsWithClientErrors = new HashSet<>();

    void watch(Page page) {
        page.onResponse(this::onResponse);
        page.onRequestFailed(this::onRequestFailed);
        page.onConsoleMessage(this::onConsole);
        page.onPageError(error -> problems.add("uncaught page error: " + error));
    }

    private void onResponse(Response response) {
        int status = response.status();
        boolean document = "document".equals(response.request().resourceType());
        if (status >= 500 || status >= 400 && !document) {
            problems.add("status " + status + " for " + response.request().method() + " " + response.url());
        } else if (status >= 400) {
            documentsWithClientErrors.add(response.url());
        }
    }

    /** A page left before it finished loading is normal; a stylesheet, script or image that never arrived is not. */
    private void onRequestFailed(Request request) {
        if (!"document".equals(request.resourceType())) {
            problems.add(request.method() + " " + request.url() + " failed: " + request.failure());
        }
    }

    private void onConsole(ConsoleMessage message) {
        if (!"error".equals(message.type())) {
            return;
        }
        boolean expectedDocumentStatus = message.text().startsWith(FAILED_LOAD)
                && documentsWithClientErrors.contains(LINE_AND_COLUMN.matcher(message.location()).replaceFirst(""));
        if (!expectedDocumentStatus) {
            problems.add("console error at " + message.location() + ": " + message.text());
        }
    }

    /** The problems seen so far, forgotten once returned. */
    List<String> drain() {
        List<String> seen = List.copyOf(problems);
        problems.clear();
        return seen;
    }
}
