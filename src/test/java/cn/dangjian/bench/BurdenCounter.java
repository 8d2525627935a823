package cn.dangjian.bench;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * Counts what a person does in the browser: page loads (main-frame navigations, whatever caused them), clicks,
 * selections in drop-downs, fields typed and characters typed. Every action of the burden benchmark goes through
 * it, so nothing the benchmark does is left uncounted.
 */
final class BurdenCounter {

    /** One step's figures. */
    record Tally(String step, int loads, int clicks, int selections, int fields, int characters) {
    }

    private final Page page;
    private int loads;
    private int clicks;
    private int selections;
    private int fields;
    private int characters;

    BurdenCounter(Page page) {
        this.page = page;
        page.onFrameNavigated(frame -> {
            if (frame.parentFrame() == null) {
                loads++;
            }
        });
    }

    void navigate(String url) {
        page.navigate(url);
    }

    void click(Locator target) {
        clicks++;
        target.click();
        page.waitForLoadState();
    }

    void type(Locator field, String text) {
        fields++;
        characters += text.length();
        field.fill(text);
    }

    void select(Locator field, String value) {
        selections++;
        field.selectOption(value);
    }

    /** The figures since the last call, under {@code step}, and a fresh start for the next step. */
    Tally step(String step) {
        Tally t = new Tally(step, loads, clicks, selections, fields, characters);
        loads = clicks = selections = fields = characters = 0;
        return t;
    }
}
