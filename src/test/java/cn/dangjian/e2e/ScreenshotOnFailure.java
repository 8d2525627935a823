package cn.dangjian.e2e;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/** Keeps a screenshot of the page as it was when a browser test failed. */
class ScreenshotOnFailure implements TestWatcher {

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        context.getTestInstance().filter(BrowserTest.class::isInstance).map(BrowserTest.class::cast)
                .filter(test -> test.page != null && !test.page.isClosed())
                .ifPresent(test -> test.screenshot("FAILED"));
    }
}
