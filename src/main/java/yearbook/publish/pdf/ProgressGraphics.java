package yearbook.publish.pdf;

import java.awt.Color;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import yearbook.model.ProgressState;

/**
 * The small vector drawings of progress: a bullet bar (完成率 against the 时序进度 marker) and a
 * sparkline.
 */
final class ProgressGraphics {

    static final Color TRACK = new Color(0xED, 0xF2, 0xF7);
    static final Color MARK = new Color(0x1A, 0x20, 0x2C);
    static final Color MUTED = new Color(0x55, 0x5F, 0x6B);

    private ProgressGraphics() {
    }

    /**
     * The cell or tile colour of a state: green ahead, blue on track, orange behind, red
     * missed.
     */
    static Color fill(ProgressState s) {
        return switch (s) {
            case AHEAD -> new Color(0xC6, 0xF6, 0xD5);
            case ON_TRACK -> new Color(0xDC, 0xE8, 0xF5);
            case BEHIND -> new Color(0xFE, 0xEB, 0xC8);
            case MISSED -> new Color(0xFE, 0xD7, 0xD7);
            case UNKNOWN -> Color.WHITE;
        };
    }

    /** The bar colour of a state. */
    static Color bar(ProgressState s) {
        return switch (s) {
            case AHEAD -> new Color(0x2F, 0x85, 0x5A);
            case ON_TRACK -> new Color(0x2B, 0x6C, 0xB0);
            case BEHIND -> new Color(0xDD, 0x6B, 0x20);
            case MISSED -> new Color(0xC5, 0x30, 0x30);
            case UNKNOWN -> new Color(0xA0, 0xAE, 0xC0);
        };
    }

    /**
     * A bullet bar in [x, x+w] × [y, y+h]: the track up to 120% (more when the figure is
     * beyond), a thin line at 100% (the year's target), the 完成率 bar and the 时序进度 marker.
     */
    static void bullet(Canvas c, float x, float y, float w, float h, BigDecimal completion, BigDecimal schedule,
            ProgressState state) throws IOException {
        double top = 120;
        if (completion != null) {
            top = Math.max(top, Math.min(200, completion.doubleValue() * 1.05));
        }
        if (schedule != null) {
            top = Math.max(top, schedule.doubleValue() * 1.05);
        }
        c.fill(x, y, w, h, TRACK);
        float hundred = (float) (x + w * 100 / top);
        c.line(hundred, y, hundred, y + h, 0.6f, MUTED);
        if (completion != null) {
            float len = (float) (w * Math.max(0, Math.min(completion.doubleValue(), top)) / top);
            if (len > 0) {
                c.fill(x, y + h * 0.25f, len, h * 0.5f, bar(state));
            }
        }
        if (schedule != null) {
            float at = (float) (x + w * Math.min(schedule.doubleValue(), top) / top);
            c.line(at, y - 1.5f, at, y + h + 1.5f, 1.8f, MARK);
        }
    }

    /**
     * A sparkline of values (nulls skipped, a gap where another area's years end); the
     * last point marked.
     */
    static void sparkline(Canvas c, float x, float y, float w, float h, List<BigDecimal> values, boolean lastPartial)
            throws IOException {
        double min = Double.MAX_VALUE, max = -Double.MAX_VALUE;
        int n = values.size();
        for (BigDecimal v : values) {
            if (v == null) {
                continue;
            }
            min = Math.min(min, v.doubleValue());
            max = Math.max(max, v.doubleValue());
        }
        if (min == Double.MAX_VALUE) {
            return;
        }
        double span = max - min == 0 ? 1 : max - min;
        float step = n <= 1 ? 0 : w / (n - 1);
        Float px = null, py = null;
        for (int k = 0; k < n; k++) {
            BigDecimal v = values.get(k);
            if (v == null) {
                px = null;
                continue;
            }
            float cx = x + step * k;
            float cy = (float) (y + (max - min == 0 ? h / 2 : h * (v.doubleValue() - min) / span));
            if (px != null) {
                c.line(px, py, cx, cy, 1.1f, bar(ProgressState.ON_TRACK));
            }
            px = cx;
            py = cy;
            if (k == n - 1) {
                Color dot = lastPartial ? bar(ProgressState.BEHIND) : bar(ProgressState.ON_TRACK);
                c.fill(cx - 1.8f, cy - 1.8f, 3.6f, 3.6f, dot);
            }
        }
    }

    /** A thin rectangle outline. */
    static void frame(Canvas c, float x, float y, float w, float h, Color colour) throws IOException {
        c.line(x, y, x + w, y, 0.5f, colour);
        c.line(x, y + h, x + w, y + h, 0.5f, colour);
        c.line(x, y, x, y + h, 0.5f, colour);
        c.line(x + w, y, x + w, y + h, 0.5f, colour);
    }

}
