package cn.dangjian.e2e;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Keeps a screenshot of the page as it was when a browser test failed (taken before the page is closed). */
class ScreenshotOnFailure implements AfterTestExecutionCallback {

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        context.getTestInstance().filter(BrowserTest.class::isInstance).map(BrowserTest.class::cast)
                .filter(test -> test.page != null && !test.page.isClosed())
                .ifPresent(test -> test.screenshot("FAILED"));
    }
}
