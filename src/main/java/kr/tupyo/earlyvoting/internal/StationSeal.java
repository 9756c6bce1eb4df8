package kr.tupyo.earlyvoting.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The official seal (청인) of a station's early-voting manager, drawn rather than stored: a red double
 * circle with the commission around the rim and the station's name in the middle. Drawn once per
 * station and kept.
 */
final class StationSeal {

    private static final int SIZE = 360;
    private static final Color SEAL_RED = new Color(0xC8, 0x1E, 0x1E);
    private static final Map<String, BufferedImage> DRAWN = new ConcurrentHashMap<>();
    private static volatile Font regular;

    private StationSeal() {
    }

    static BufferedImage of(String stationName) {
        return DRAWN.computeIfAbsent(stationName, StationSeal::draw);
    }

    private static BufferedImage draw(String stationName) {
        if (regular == null) {
            regular = PdfFonts.awt(PdfFonts.BOLD, 10f);
        }
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(SEAL_RED);
            g.setStroke(new BasicStroke(14f));
            g.drawOval(10, 10, SIZE - 20, SIZE - 20);
            g.setStroke(new BasicStroke(4f));
            g.drawOval(38, 38, SIZE - 76, SIZE - 76);
            rim(g, "중앙선거관리위원회 · 사전투표관리관 ·");
            center(g, stationName);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The text around the rim, one glyph at a time. */
    private static void rim(Graphics2D g, String text) {
        g.setFont(regular.deriveFont(26f));
        double radius = SIZE / 2.0 - 52;
        double step = 2 * Math.PI / text.length();
        for (int i = 0; i < text.length(); i++) {
            double angle = -Math.PI / 2 + i * step;
            AffineTransform saved = g.getTransform();
            g.translate(SIZE / 2.0 + radius * Math.cos(angle), SIZE / 2.0 + radius * Math.sin(angle));
            g.rotate(angle + Math.PI / 2);
            String glyph = String.valueOf(text.charAt(i));
            g.drawString(glyph, -g.getFontMetrics().stringWidth(glyph) / 2f, 0);
            g.setTransform(saved);
        }
    }

    /** The station's name in the middle, on up to three lines. */
    private static void center(Graphics2D g, String name) {
        String[] words = name.split("\\s+");
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : words) {
            if (line.length() > 0 && line.length() + word.length() > 6) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        lines = lines.subList(0, Math.min(3, lines.size()));
        float size = 40f;
        g.setFont(regular.deriveFont(size));
        FontMetrics metrics = g.getFontMetrics();
        int widest = lines.stream().mapToInt(metrics::stringWidth).max().orElse(1);
        if (widest > 200) {
            g.setFont(regular.deriveFont(size * 200 / widest));
            metrics = g.getFontMetrics();
        }
        int height = metrics.getHeight();
        int y = SIZE / 2 - height * lines.size() / 2 + metrics.getAscent();
        for (String text : lines) {
            g.drawString(text, (SIZE - metrics.stringWidth(text)) / 2, y);
            y += height;
        }
    }
}
